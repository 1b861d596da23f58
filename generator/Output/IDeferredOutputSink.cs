using ProfileGen.Diagnostics;
using Scriban.Runtime;

namespace ProfileGen.Output;

/// <summary>
/// An output that renders pages only when they are asked for (the dev server): the build hands it
/// each page's path and a way to render it instead of the rendered bytes. Files that are not pages
/// (assets, static files, feeds) still come through <see cref="IOutputSink.Write"/>.
/// </summary>
public interface IDeferredOutputSink : IOutputSink
{
    /// <summary>
    /// Registers a page: <paramref name="data"/> gives its <c>page</c> object, and <paramref name="render"/>
    /// renders the page with a <c>page</c> object (that one, or a stand-in: the dev server's preview of
    /// a body edit). It returns null after reporting why the page could not be rendered.
    /// </summary>
    void Defer(string sitePath, Func<ScriptObject> data, Func<ScriptObject, DiagnosticBag, byte[]?> render);
}
