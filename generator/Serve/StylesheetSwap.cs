namespace ProfileGen.Serve;

/// <summary>
/// A changed stylesheet for the page to swap in without a reload. A fingerprinted asset matches
/// any href of the form <see cref="Prefix"/> + hex hash + <see cref="Suffix"/> ("/assets/style." … ".css");
/// a static file matches its <see cref="Path"/> exactly.
/// </summary>
public sealed record StylesheetSwap(string Prefix, string Suffix, string Path, string Href);
