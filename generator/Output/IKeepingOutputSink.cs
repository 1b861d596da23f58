using ProfileGen.Incremental;

namespace ProfileGen.Output;

/// <summary>An output that already holds the previous build's files and can keep one as it is, instead of having it rendered and written again.</summary>
public interface IKeepingOutputSink : IOutputSink
{
    /// <summary>Keeps the previous build's file at this path if it is still exactly as that build left it; false when the page must be rendered.</summary>
    bool Keep(string sitePath, FileStamp expected);
}
