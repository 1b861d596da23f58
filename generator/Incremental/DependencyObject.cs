using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ProfileGen.Incremental;

/// <summary>Something a page read while it rendered, which a later build can compare: an id and a digest of what it held.</summary>
public interface IDependency
{
    /// <summary>"p:librarians", "c:sales", "t:teamwork", "s:title".</summary>
    string Id { get; }

    Hash128 Hash { get; }
}

/// <summary>
/// A template object of the site model (a career, a category, a tag) that tells the page being
/// rendered when a template reads it, so an incremental build knows which pages to render again
/// when it changes. Reading a member that holds other site objects records those too: a template
/// may go on to enumerate them without reading a member by name.
/// </summary>
/// <remarks>
/// Scriban's default constructor imports the static members of a subclass by reflection, once per
/// object: a sixth of the model phase at 10,000 careers, for members no template can use. Hence
/// <c>autoImportStaticsFromThisType: false</c>.
/// </remarks>
/// <param name="capacity">How many members it will hold: a career's 38 added to an empty dictionary meant four resizes.</param>
public class DependencyObject(string id, int capacity = 0) : ScriptObject(capacity, autoImportStaticsFromThisType: false), IDependency
{
    private object? _hash;
    private ObjectDigests? _digests;
    private Hash128 _inputs;

    public string Id { get; } = id;

    /// <summary>
    /// The digest of this object's content; computed once, since the model is read-only while pages
    /// render, or taken from the previous build when the object was built from the same inputs.
    /// </summary>
    public Hash128 Hash => (Hash128)(_hash ??= _digests is { } digests ? digests.Digest(Id, _inputs, () => ContentHasher.Of(this)) : ContentHasher.Of(this));

    /// <summary>Lets <see cref="Hash"/> come from <paramref name="digests"/> when <paramref name="inputs"/>, the digest of what this object is built from, is unchanged.</summary>
    internal void BuiltFrom(Hash128 inputs, ObjectDigests digests)
    {
        _inputs = inputs;
        _digests = digests;
    }

    /// <summary>The dependency that reading <paramref name="member"/> creates: the whole object, unless a subclass is finer.</summary>
    protected virtual IDependency DependencyOf(string member) => this;

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        var found = base.TryGetValue(context, span, member, out var read);
        value = read!;
        DependencyRecorder.Read(DependencyOf(member), read);
        return found;
    }

    public override object? this[string key]
    {
        get
        {
            var value = base[key];
            DependencyRecorder.Read(DependencyOf(key), value);
            return value;
        }
        set => base[key] = value;
    }

    internal object? RawValue(string key) => base[key];
}

/// <summary>The <c>site</c> object: each member is its own dependency, so a page that shows only the site's title does not depend on its list of careers.</summary>
public sealed class SiteDependencyObject() : DependencyObject("s:")
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, MemberDependency> _members = new(StringComparer.Ordinal);

    protected override IDependency DependencyOf(string member) => _members.GetOrAdd(member, m => new MemberDependency(this, m));

    /// <summary>The dependency for one member, by the id it was recorded under ("s:pages").</summary>
    public IDependency Member(string name) => DependencyOf(name);

    private sealed class MemberDependency(SiteDependencyObject site, string name) : IDependency
    {
        private object? _hash;
        public string Id { get; } = "s:" + name;
        public Hash128 Hash => (Hash128)(_hash ??= ContentHasher.OfValue(site.RawValue(name)));
    }
}
