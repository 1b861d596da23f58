namespace ProfileGen.Serve;

/// <summary>What a request path means for the site: a file to send, a redirect to the slash form, or nothing.</summary>
public abstract record RequestResolution
{
    private RequestResolution()
    {
    }

    /// <summary>A file of the built site, by its path inside the site ("careers/x/index.html").</summary>
    public sealed record File(string SitePath) : RequestResolution;

    /// <summary>A folder asked for without its trailing slash: send the browser to <see cref="Location"/>, as static hosts do.</summary>
    public sealed record Redirect(string Location) : RequestResolution;

    public sealed record NotFound : RequestResolution;

    public static readonly RequestResolution Missing = new NotFound();
}
