using ProfileGen.Serve;

namespace ProfileGen.Tests.Serve;

public class HostFilterTests
{
    [Theory]
    [InlineData("127.0.0.1:5080")]
    [InlineData("localhost:5080")]
    [InlineData("LocalHost:5080")]
    [InlineData("[::1]:5080")]
    public void The_loopback_names_with_the_port_are_accepted(string host)
    {
        Assert.True(new HostFilter("127.0.0.1", 5080).IsAllowed(host));
    }

    [Theory]
    [InlineData("evil.example:5080")]
    [InlineData("evil.example")]
    [InlineData("127.0.0.1.nip.io:5080")]
    [InlineData("localhost.evil.example:5080")]
    [InlineData("attacker.localhost:5080")]
    [InlineData("localhost:5081")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:")]
    [InlineData("127.0.0.1:abc")]
    [InlineData("192.168.1.20:5080")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_host_names_are_refused_so_dns_rebinding_cannot_reach_the_server(string? host)
    {
        Assert.False(new HostFilter("127.0.0.1", 5080).IsAllowed(host));
    }

    [Fact]
    public void The_bound_address_itself_is_accepted()
    {
        Assert.True(new HostFilter("::1", 8000).IsAllowed("[::1]:8000"));
        Assert.True(new HostFilter("10.1.2.3", 8000).IsAllowed("10.1.2.3:8000"));
        Assert.False(new HostFilter("10.1.2.3", 8000).IsAllowed("10.1.2.4:8000"));
    }

    [Fact]
    public void Bound_to_every_interface_any_ip_address_is_accepted_but_names_still_are_not()
    {
        var filter = new HostFilter("0.0.0.0", 5080);
        Assert.True(filter.IsAllowed("192.168.1.20:5080"));
        Assert.True(filter.IsAllowed("localhost:5080"));
        Assert.False(filter.IsAllowed("evil.example:5080"));
        Assert.False(filter.IsAllowed("192.168.1.20:5081"));
    }

    [Fact]
    public void Port_80_may_be_left_out_of_the_host_header()
    {
        Assert.True(new HostFilter("127.0.0.1", 80).IsAllowed("localhost"));
    }
}
