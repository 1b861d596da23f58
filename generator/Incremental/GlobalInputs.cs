using System.Text;
using ProfileGen.Content;

namespace ProfileGen.Incremental;

/// <summary>
/// The digest of every input that can change any page: the ProfileGen binary (with its embedded
/// templates), profilegen.yml, the command-line options, the site's assets (pages link to them by
/// a fingerprint of their bytes) and its data files. When it differs from the previous build's,
/// every page is rendered again. Profiles and templates are not part of it: each page records
/// which careers and which templates it used.
/// </summary>
public static class GlobalInputs
{
    public static Hash128 Key(SiteSource source, string version, string options)
    {
        var parts = new List<ReadOnlyMemory<byte>>
        {
            Encoding.UTF8.GetBytes(version),
            Encoding.UTF8.GetBytes(options),
            Encoding.UTF8.GetBytes(source.Config?.Text ?? "\0no config"),
        };
        foreach (var (path, bytes) in source.Assets.OrderBy(a => a.Key, StringComparer.Ordinal)) AddFile(parts, "asset:" + path, bytes);
        foreach (var file in source.DataFiles) AddFile(parts, "data:" + file.Path, Encoding.UTF8.GetBytes(file.Text));
        return ContentHasher.OfParts(parts);
    }

    private static void AddFile(List<ReadOnlyMemory<byte>> parts, string name, byte[] bytes)
    {
        parts.Add(Encoding.UTF8.GetBytes(name));
        parts.Add(bytes);
    }
}
