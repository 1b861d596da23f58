using System.Net;

namespace ProfileGen.Serve;

/// <summary>
/// DNS-rebinding protection, as webpack's dev server does it: a page on some other site can point
/// its own host name at 127.0.0.1 and then read the dev server as if it were same-origin. Such a
/// request carries that host name in its Host header, so only the names this server is really
/// reached by are accepted: the bound address, localhost, 127.0.0.1 and [::1], with the port. When
/// the server is bound to every interface (0.0.0.0 or ::), any IP address is accepted too: an IP
/// literal cannot be rebound.
/// </summary>
public sealed class HostFilter(string bind, int port)
{
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    public bool IsAllowed(string? hostHeader)
    {
        if (string.IsNullOrEmpty(hostHeader)) return false;
        if (!SplitPort(hostHeader, out var host, out var headerPort)) return false;
        if (headerPort != port) return false;

        if (LoopbackNames.Any(n => string.Equals(n, host, StringComparison.OrdinalIgnoreCase))) return true;
        if (string.Equals(host, BindAsHost(bind), StringComparison.OrdinalIgnoreCase)) return true;
        return IsWildcard(bind) && IsIpLiteral(host);
    }

    /// <summary>The bind address as it appears in a URL's host: IPv6 in brackets.</summary>
    public static string BindAsHost(string bind) =>
        IPAddress.TryParse(bind, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : bind;

    private static bool IsWildcard(string bind) =>
        IPAddress.TryParse(bind, out var address) && (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any));

    private static bool IsIpLiteral(string host) =>
        host.StartsWith('[') && host.EndsWith(']')
            ? IPAddress.TryParse(host[1..^1], out _)
            : host.Count(c => c == '.') == 3 && IPAddress.TryParse(host, out var v4) && v4.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork;

    /// <summary>"host:port" or "[v6]:port"; a header without a port means port 80.</summary>
    private static bool SplitPort(string header, out string host, out int port)
    {
        host = header;
        port = 80;
        var colon = header.LastIndexOf(':');
        var bracket = header.LastIndexOf(']');
        if (colon < 0 || colon < bracket) return header.Length > 0;
        host = header[..colon];
        return int.TryParse(header.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port) && host.Length > 0;
    }
}
