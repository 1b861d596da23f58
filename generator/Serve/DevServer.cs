using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ProfileGen.Serve;

/// <summary>
/// <c>profilegen serve</c>'s web server: Kestrel on a loopback address by default, serving the
/// in-memory site of a <see cref="LiveSite"/> with clean URLs, the site's 404 page, the live-reload
/// script in every HTML response and the event stream the script listens to. Files are watched and
/// rebuilt in the background; a request never waits for more than the first build.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EventHub _hub;
    private readonly HostFilter _hosts;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private readonly string _basePath;
    private SiteWatcher? _watcher;
    private Task _rebuildLoop = Task.CompletedTask;

    private DevServer(WebApplication app, EventHub hub, HostFilter hosts, LiveSite site, string url)
    {
        _app = app;
        _hub = hub;
        _hosts = hosts;
        Site = site;
        Url = url;
        _basePath = new Uri(url).AbsolutePath;
    }

    /// <summary>The address to open: http://127.0.0.1:5080/</summary>
    public string Url { get; }

    public LiveSite Site { get; }

    /// <summary>Completes when the server has stopped (Ctrl+C, or <see cref="DisposeAsync"/>).</summary>
    public Task Stopped => _app.WaitForShutdownAsync();

    /// <summary>Listens, builds the site once, then watches it. Throws <see cref="IOException"/> when the address is taken.</summary>
    public static async Task<DevServer> StartAsync(ServeOptions options, TextWriter log, CancellationToken cancellation = default)
    {
        var address = options.Bind == "localhost" ? IPAddress.Loopback : IPAddress.Parse(options.Bind);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = "profilegen",
            // Not the site folder: an appsettings.json there must not configure the server.
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, options.Port);
        });
        var app = builder.Build();

        var hub = new EventHub();
        DevServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync(cancellation).ConfigureAwait(false);

        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(listening).Port;
        var host = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) ? "localhost" : HostFilter.BindAsHost(options.Bind);
        var url = $"http://{host}:{port}/";
        var site = new LiveSite(Path.GetFullPath(options.SourceFolder), url, options.IncludeDrafts, log, hub, options.RenderAllInBackground, options.PreviewAfter);
        server = new DevServer(app, hub, new HostFilter(options.Bind, port), site, url);

        await Task.Run(() => site.Rebuild(null), cancellation).ConfigureAwait(false);
        server._ready.SetResult();
        server.StartWatching(options);
        return server;
    }

    private void StartWatching(ServeOptions options)
    {
        // A change stops background rendering at once: the rebuild it brings will need the cores.
        var queue = new ChangeQueue(options.Debounce, Site.StopBackgroundWork);
        _watcher = new SiteWatcher(options.SourceFolder, queue);
        var token = _stopping.Token;
        _rebuildLoop = Task.Run(async () =>
        {
            while (!token.IsCancellationRequested)
            {
                IReadOnlyCollection<string>? batch;
                try
                {
                    batch = await queue.NextBatchAsync(token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                Site.Rebuild(batch);
            }
        }, token);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";

        if (!_hosts.IsAllowed(request.Headers.Host.ToString()))
        {
            // DNS rebinding: a page on another site reached us under its own host name.
            await Text(response, StatusCodes.Status403Forbidden, "Forbidden: this dev server answers only to its own address (the Host header was not one of them).\n");
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Text(response, StatusCodes.Status405MethodNotAllowed, "Method not allowed.\n");
            return;
        }

        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.ToString();
        var rawPath = raw.Split('?', 2)[0];
        if (rawPath == LiveReloadScript.EventsPath)
        {
            await EventsAsync(context);
            return;
        }
        if (rawPath == LiveReloadScript.ScriptPath)
        {
            response.ContentType = "text/javascript; charset=utf-8";
            await response.Body.WriteAsync(Encoding.UTF8.GetBytes(LiveReloadScript.Source), context.RequestAborted);
            return;
        }

        await _ready.Task.WaitAsync(context.RequestAborted);
        var generation = Site.Current;
        if (generation is null)
        {
            await Html(context, StatusCodes.Status500InternalServerError, Encoding.UTF8.GetBytes(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Build failed</title></head><body><p>The site has not built yet. The errors are in the terminal; fix them and this page reloads.</p></body></html>"), 0);
            return;
        }

        switch (RequestPathResolver.Resolve(raw, _basePath, generation.Has))
        {
            case RequestResolution.File file:
                var bytes = Site.Fetch(generation, file.SitePath);
                if (bytes is null)
                {
                    await NotFoundAsync(context, generation);
                    return;
                }
                if (file.SitePath.EndsWith(".html", StringComparison.Ordinal)) await Html(context, StatusCodes.Status200OK, bytes, generation.Id);
                else await Send(context, StatusCodes.Status200OK, ContentTypes.For(file.SitePath), bytes);
                return;
            case RequestResolution.Redirect redirect:
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = redirect.Location;
                return;
            default:
                await NotFoundAsync(context, generation);
                return;
        }
    }

    private async Task NotFoundAsync(HttpContext context, Generation generation)
    {
        var page = generation.Has("404.html") ? Site.Fetch(generation, "404.html") : null;
        if (page is null) await Text(context.Response, StatusCodes.Status404NotFound, "Not found.\n");
        else await Html(context, StatusCodes.Status404NotFound, page, generation.Id);
    }

    /// <summary>The Server-Sent Events stream of one open page: a hello with the current state, then every broadcast.</summary>
    private async Task EventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var page = context.Request.Query["page"].ToString();
        var reader = _hub.Subscribe(page.Length > 0 ? page : null, out var unsubscribe);
        try
        {
            // Reconnect quickly after the server restarts; the hello then tells the page whether it is stale.
            await response.WriteAsync("retry: 500\n\n", context.RequestAborted);
            if (_ready.Task.IsCompleted) await WriteEvent(response, Site.HelloMessage(), context.RequestAborted);
            else
            {
                await _ready.Task.WaitAsync(context.RequestAborted);
                await WriteEvent(response, Site.HelloMessage(), context.RequestAborted);
            }
            await foreach (var message in reader.ReadAllAsync(context.RequestAborted)) await WriteEvent(response, message, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping.
        }
        finally
        {
            unsubscribe();
        }
    }

    private static async Task WriteEvent(HttpResponse response, string json, CancellationToken cancellation)
    {
        await response.WriteAsync($"data: {json}\n\n", cancellation);
        await response.Body.FlushAsync(cancellation);
    }

    private static Task Html(HttpContext context, int status, byte[] html, int build) =>
        Send(context, status, "text/html; charset=utf-8", LiveReloadScript.Inject(html, build));

    private static async Task Send(HttpContext context, int status, string contentType, byte[] bytes)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static async Task Text(HttpResponse response, int status, string text)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(text);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _watcher?.Dispose();
        Site.StopBackgroundWork();
        _hub.CompleteAll();
        try
        {
            await _rebuildLoop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
