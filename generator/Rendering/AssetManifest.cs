using System.Security.Cryptography;

namespace ProfileGen.Rendering;

/// <summary>
/// Template assets (CSS, small scripts) published under a name that carries a hash of their
/// bytes (<c>assets/style.3f9a1c2b.css</c>), so hosts may cache them forever.
/// </summary>
public sealed class AssetManifest
{
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

    /// <summary>Output path (inside the site) → bytes.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public AssetManifest(IReadOnlyDictionary<string, byte[]> siteAssets)
    {
        var merged = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, bytes) in TemplateStore.EmbeddedUnder("assets/")) merged[path["assets/".Length..]] = bytes;
        foreach (var (path, bytes) in siteAssets) merged[path] = bytes;

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, bytes) in merged)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = Path.GetExtension(name);
            var output = $"assets/{name[..^extension.Length]}.{hash}{extension}";
            _paths[name] = "/" + output;
            files[output] = bytes;
        }
        Files = files;
    }

    /// <summary>The site path of an asset by its name inside templates/assets/; an unknown name is a template error.</summary>
    public string PathOf(string name) =>
        _paths.TryGetValue(name.TrimStart('/'), out var path)
            ? path
            : throw new ArgumentException($"asset \"{name}\": there is no templates/assets/{name}");
}
