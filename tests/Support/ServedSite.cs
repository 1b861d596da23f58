using ProfileGen.Serve;

namespace ProfileGen.Tests.Support;

/// <summary>A site in a temp folder served by <c>profilegen serve</c> in-process on a free loopback port.</summary>
public sealed class ServedSite : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private readonly StringWriter _log;
    private readonly TextWriter _syncLog;

    public DevServer Server { get; }
    public HttpClient Http { get; }

    private ServedSite(TempFolder folder, DevServer server, StringWriter log, TextWriter syncLog)
    {
        _log = log;
        _syncLog = syncLog;
        _folder = folder;
        Server = server;
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Writes the "-- path --" blocks into a fresh folder and serves it.</summary>
    /// <param name="previewAfter">Null (the default here) turns body-edit previews off, so every save is one full rebuild.</param>
    public static async Task<ServedSite> StartAsync(string files, TimeSpan? debounce = null, bool renderAllInBackground = true, TimeSpan? previewAfter = null)
    {
        var folder = new TempFolder();
        foreach (var (path, text) in Blocks(files)) folder.Write(path, text);
        var logText = new StringWriter();
        var log = TextWriter.Synchronized(logText);
        var options = new ServeOptions
        {
            SourceFolder = folder.Path,
            Port = 0,
            Debounce = debounce ?? TimeSpan.FromMilliseconds(100),
            RenderAllInBackground = renderAllInBackground,
            PreviewAfter = previewAfter,
        };
        var server = await DevServer.StartAsync(options, log);
        return new ServedSite(folder, server, logText, log);
    }

    /// <summary>What the server printed to its terminal so far.</summary>
    public string Log
    {
        get
        {
            // SyncTextWriter locks on itself for every write.
            lock (_syncLog) return _log.ToString();
        }
    }

    public string Folder => _folder.Path;

    public string Url => Server.Url;

    public int Port => new Uri(Server.Url).Port;

    public string Write(string relative, string text) => _folder.Write(relative, text);

    /// <summary>True once the server's log holds <paramref name="text"/>; false if it does not within 10 seconds.</summary>
    public async Task<bool> WaitForLog(string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!Log.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(20);
        }
        return true;
    }

    /// <summary>Waits until the server has published more than <paramref name="builds"/> full builds.</summary>
    public async Task WaitForFullBuildAfter(int builds)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (Server.Site.FullBuilds <= builds)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"no full build after {builds}; log:\n{Log}");
            await Task.Delay(20);
        }
    }

    /// <summary>Waits until the server has finished more than <paramref name="rebuilds"/> rebuilds.</summary>
    public async Task WaitForRebuildAfter(int rebuilds, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (Server.Site.Rebuilds <= rebuilds)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"no rebuild after {rebuilds}; log:\n{Log}");
            await Task.Delay(20);
        }
    }

    public async Task<string> GetText(string path)
    {
        using var response = await Http.GetAsync(path);
        return await response.Content.ReadAsStringAsync();
    }

    public static IEnumerable<(string Path, string Text)> Blocks(string files)
    {
        var source = TestSite.Parse(files);
        if (source.Config is { } config) yield return (config.Path, config.Text);
        foreach (var profile in source.Profiles) yield return (profile.Path, profile.Text);
        foreach (var (path, text) in source.Templates) yield return ("templates/" + path, text);
        foreach (var (path, bytes) in source.Assets) yield return ("templates/assets/" + path, System.Text.Encoding.UTF8.GetString(bytes));
        foreach (var (path, bytes) in source.StaticFiles) yield return ("static/" + path, System.Text.Encoding.UTF8.GetString(bytes));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        _folder.Dispose();
        _log.Dispose();
    }
}
