using System.Net.Sockets;
using System.Text;

namespace ProfileGen.Tests.Support;

/// <summary>
/// Sends a request exactly as written, byte for byte: HttpClient would normalise "../" and
/// escapes away before they reached the server, which is what traversal tests must not let happen.
/// </summary>
public static class RawHttp
{
    public static async Task<(int Status, string Headers, string Body)> Get(int port, string target, string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {host ?? $"127.0.0.1:{port}"}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(20));
        var statusLine = response.Split("\r\n", 2)[0];
        var status = int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, split < 0 ? response : response[..split], split < 0 ? "" : response[(split + 4)..]);
    }
}
