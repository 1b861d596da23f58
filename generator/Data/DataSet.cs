using ProfileGen.Content;
using ProfileGen.Diagnostics;

namespace ProfileGen.Data;

/// <summary>
/// The site's data files, each parsed once: by path for figure tables, and as one tree for
/// templates (<c>site.data.&lt;name&gt;</c>, a subfolder becoming a nested object, as in Hugo).
/// </summary>
public sealed class DataSet
{
    public static readonly DataSet Empty = new([], new Dictionary<string, DataNode>(), new DataMap([], SourcePosition.Start));

    /// <summary>The path of every data file, parsed or not.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Each data file that parsed, by its site-relative path (<c>data/ooh-2024.csv</c>).</summary>
    public IReadOnlyDictionary<string, DataNode> ByPath { get; }

    /// <summary>Every data file by name without extension, below <c>data/</c>: what templates see as <c>site.data</c>.</summary>
    public DataMap Tree { get; }

    private DataSet(IReadOnlyList<string> files, IReadOnlyDictionary<string, DataNode> byPath, DataMap tree)
    {
        Files = files;
        ByPath = byPath;
        Tree = tree;
    }

    public static DataSet Parse(IReadOnlyList<SourceFile> files, DiagnosticBag diagnostics)
    {
        var byPath = new SortedDictionary<string, DataNode>(StringComparer.Ordinal);
        foreach (var file in files)
            if (DataFileParser.Parse(file, diagnostics) is { } node) byPath[file.Path] = node;
        return new DataSet(files.Select(f => f.Path).ToList(), byPath, Nest(files, byPath, diagnostics));
    }

    /// <summary>data/a.csv → a; data/bls/2024.json → bls → 2024. Two files that would share a name are an error naming both.</summary>
    private static DataMap Nest(IReadOnlyList<SourceFile> files, IReadOnlyDictionary<string, DataNode> parsed, DiagnosticBag diagnostics)
    {
        var root = new Folder();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var inside = file.Path.StartsWith("data/", StringComparison.Ordinal) ? file.Path["data/".Length..] : file.Path;
            var parts = inside.Split('/');
            var folder = root;
            var claimedBy = (string?)null;
            for (var i = 0; i < parts.Length - 1 && claimedBy is null; i++)
            {
                if (folder.Files.TryGetValue(parts[i], out var owner)) claimedBy = owner;
                else folder = folder.Folders.TryGetValue(parts[i], out var sub) ? sub : folder.Folders[parts[i]] = new Folder { Path = file.Path };
            }
            var name = Path.GetFileNameWithoutExtension(parts[^1]);
            if (claimedBy is null && folder.Files.TryGetValue(name, out var same)) claimedBy = same;
            if (claimedBy is null && folder.Folders.TryGetValue(name, out var sameFolder)) claimedBy = sameFolder.Path;
            if (claimedBy is not null)
            {
                diagnostics.Add(Diagnostic.Error(file.Path, SourcePosition.Start, $"this file and {claimedBy} would both be site.data.{string.Join('.', parts[..^1].Append(name))}",
                    "rename one of them: a data file's name, without its extension, must be unique in its folder"));
                continue;
            }
            folder.Files[name] = file.Path;
            if (parsed.TryGetValue(file.Path, out var node)) folder.Values[name] = node;
        }
        return root.ToMap();
    }

    private sealed class Folder
    {
        public string Path { get; init; } = "data/";
        public SortedDictionary<string, string> Files { get; } = new(StringComparer.Ordinal);
        public SortedDictionary<string, DataNode> Values { get; } = new(StringComparer.Ordinal);
        public SortedDictionary<string, Folder> Folders { get; } = new(StringComparer.Ordinal);

        public DataMap ToMap() => new(
            Values.Select(v => new DataEntry(v.Key, v.Value.At, v.Value))
                .Concat(Folders.Select(f => new DataEntry(f.Key, SourcePosition.Start, f.Value.ToMap())))
                .OrderBy(e => e.Key, StringComparer.Ordinal).ToList(),
            SourcePosition.Start);
    }
}
