using System.Collections.Concurrent;
using ProfileGen.Output;
using Scriban.Runtime;

namespace ProfileGen.Incremental;

/// <summary>
/// One build's use of the previous build's state: which pages it may keep as they are, and the
/// records it leaves for the next build. A page is kept only when the previous state belongs to the
/// same ProfileGen binary, the same global inputs and the same output folder, its fingerprint is
/// the same, and its file is still there as it was written.
/// </summary>
public sealed class IncrementalBuild(BuildState? previous, string outputFolder)
{
    /// <summary>Changes with every compiled ProfileGen, not only with its version number, since any change to the code may change a page.</summary>
    public static string BinaryKey { get; } = $"{Build.SiteGenerator.Version}+{typeof(IncrementalBuild).Assembly.ManifestModule.ModuleVersionId:N}";

    private readonly ConcurrentDictionary<string, (Hash128 Fingerprint, string[] Ids)> _rendered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageRecord> _kept = new(StringComparer.Ordinal);
    private BuildState? _usable;
    private Hash128 _global;

    /// <summary>The careers' digests of the previous build, usable once <see cref="Begin"/> found its state usable.</summary>
    public ObjectDigests Objects { get; private set; } = ObjectDigests.None;

    /// <summary>Sets the digest of this build's global inputs; the previous state is used only if it had the same.</summary>
    public void Begin(Hash128 globalKey)
    {
        _global = globalKey;
        _usable = previous is not null && previous.Version == BinaryKey && previous.GlobalKey == globalKey && previous.OutputFolder == outputFolder ? previous : null;
        Objects = new ObjectDigests(_usable?.Objects ?? new Dictionary<string, ObjectDigest>());
    }

    /// <summary>The digest of a page's own data object.</summary>
    public static Hash128 DataDigest(ScriptObject page) => page switch
    {
        CareerObject career => career.WholeHash, // a career's own page is made from its body too, whether or not it is read by name
        DependencyObject d => d.Hash,
        _ => ContentHasher.Of(page),
    };

    /// <summary>
    /// The digest of a page: its data's digest (<see cref="DataDigest"/>, or one of what the data is
    /// made from) and the template and layout that render it (a profile's <c>layout:</c> picks the latter).
    /// </summary>
    public static Hash128 PageDigest(Hash128 data, string template, string layout)
    {
        // The data's digest comes first: computing it may use this thread's input too.
        var input = HashInput.Start();
        input.Digest(data);
        input.Text(template);
        input.Text(layout);
        return ContentHasher.Digest(input.Written);
    }

    /// <summary>
    /// Finds what each id the previous build's pages recorded is in this build, with its digest: once
    /// per id, on every core, before the pages are checked (looking each up again for every page that
    /// names it, half a million times at 10,000 profiles, was a third of checking them).
    /// </summary>
    public void ResolveDependencies(Func<string, IDependency?> resolve)
    {
        if (_usable is null) return;
        var ids = _usable.DependencyIds;
        var digests = new Hash128?[ids.Count];
        Parallel.For(0, digests.Length, i => digests[i] = resolve(ids[i])?.Hash);
        _digests = digests;
    }

    private Hash128?[]? _digests;

    /// <summary>True when the page's file from the previous build stays as it is.</summary>
    public bool TryKeep(string path, Hash128 page, IKeepingOutputSink output)
    {
        if (_usable is null || _digests is null || !_usable.Pages.TryGetValue(path, out var record) || record.TableIndices is not { } indices) return false;
        if (PageFingerprint.Recompute(_global, page, indices, _digests) != record.Fingerprint) return false;
        if (!output.Keep(path, record.Stamp)) return false;
        _kept[path] = record;
        return true;
    }

    /// <summary>Remembers what a page read while it rendered.</summary>
    public void Rendered(string path, Hash128 page, IEnumerable<IDependency> read) => _rendered[path] = PageFingerprint.Of(_global, page, read);

    /// <summary>The state for the next build: every page remembered here whose file the output now holds.</summary>
    public BuildState Result(IReadOnlyDictionary<string, FileStamp> stamps)
    {
        var pages = new Dictionary<string, PageRecord>(StringComparer.Ordinal);
        foreach (var (path, record) in _kept) pages[path] = record;
        foreach (var (path, (fingerprint, ids)) in _rendered)
        {
            if (stamps.TryGetValue(path, out var stamp)) pages[path] = new PageRecord(fingerprint, stamp) { Dependencies = ids };
        }
        return new BuildState { Version = BinaryKey, GlobalKey = _global, OutputFolder = outputFolder, Pages = pages, Objects = Objects.Current, PreviousDependencyIds = _usable?.DependencyIds ?? [] };
    }
}
