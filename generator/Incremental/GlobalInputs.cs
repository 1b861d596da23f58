using System.Text;
using ProfileGen.Content;
using ProfileGen.Rendering;

namespace ProfileGen.Incremental;

/// <summary>
/// The digest of every input that can change any page: ProfileGen's version and its embedded
/// templates, profilegen.yml, the command-line options, the site's templates and assets, and its
/// data files. When it differs from the previous build's, every page is rendered again; profiles
/// are not part of it, since each page records which careers it read.
/// </summary>
public static class GlobalInputs
{
    public static UInt128 Key(SiteSource source, string version, string options)
    {
        var parts = new List<ReadOnlyMemory<byte>>
        {
            Encoding.UTF8.GetBytes(version),
            Encoding.UTF8.GetBytes(options),
            Encoding.UTF8.GetBytes(source.Config?.Text ?? "\0no config"),
        };
        foreach (var (path, bytes) in TemplateStore.AllEmbedded()) AddFile(parts, "embedded:" + path, bytes);
        foreach (var (path, text) in source.Templates.OrderBy(t => t.Key, StringComparer.Ordinal)) AddFile(parts, "template:" + path, Encoding.UTF8.GetBytes(text));
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
