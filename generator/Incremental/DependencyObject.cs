using System.Collections;
using System.Collections.Frozen;
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
/// <para>
/// A template can also read every member at once, without naming one: <c>for kv in obj</c> enumerates
/// it through <see cref="IEnumerable"/>, <c>object.to_json</c> through
/// <see cref="IEnumerable{T}"/>, <c>object.values</c> through <see cref="IDictionary{TKey,TValue}.Values"/>,
/// and printing it calls <see cref="ToString(string, IFormatProvider)"/>. Those reach
/// <see cref="ScriptObject"/>'s store without <see cref="TryGetValue"/>, so this class implements
/// the interfaces again (and overrides the method) to record that the page read all of the object.
/// </para>
/// </remarks>
/// <param name="capacity">How many members it will hold: a career's 38 added to an empty dictionary meant four resizes.</param>
public class DependencyObject(string id, int capacity = 0) : ScriptObject(capacity, autoImportStaticsFromThisType: false), IDependency,
    IDictionary<string, object?>, IDictionary, IScriptObject
{
    private object? _hash;
    private ObjectDigests? _digests;
    private Hash128 _inputs;

    public string Id { get; } = id;

    /// <summary>
    /// The digest of this object's content as one dependency; computed once, since the model is
    /// read-only while pages render, or taken from the previous build when the object was built from
    /// the same inputs.
    /// </summary>
    public Hash128 Hash => (Hash128)(_hash ??= Memoized(Id, ComputeHash));

    /// <summary>The digest of <see cref="Hash"/>: of everything, unless a subclass keeps a part of the object apart.</summary>
    protected virtual Hash128 ComputeHash() => ContentHasher.Of(this);

    /// <summary>A digest of this object under <paramref name="id"/>, from the previous build when the object's inputs are unchanged.</summary>
    protected Hash128 Memoized(string id, Func<Hash128> compute) => _digests is { } digests ? digests.Digest(id, _inputs, compute) : compute();

    /// <summary>Lets <see cref="Hash"/> come from <paramref name="digests"/> when <paramref name="inputs"/>, the digest of what this object is built from, is unchanged.</summary>
    internal void BuiltFrom(Hash128 inputs, ObjectDigests digests)
    {
        _inputs = inputs;
        _digests = digests;
    }

    /// <summary>
    /// Sets the object's members if it is built when first read (a career); nothing otherwise. Every
    /// way in to the members calls it first, so no one sees an object before it is complete.
    /// </summary>
    public virtual void Materialize()
    {
    }

    /// <summary>The member names, once the object is complete.</summary>
    public new ICollection<string> Keys
    {
        get
        {
            Materialize();
            return base.Keys;
        }
    }

    /// <summary>How many members the object holds, once it is complete.</summary>
    public new int Count
    {
        get
        {
            Materialize();
            return base.Count;
        }
    }

    /// <summary>The dependency that reading <paramref name="member"/> creates: the whole object, unless a subclass is finer.</summary>
    protected virtual IDependency DependencyOf(string member) => this;

    /// <summary>Records that the page read every member at once: what each member read by name would have recorded.</summary>
    protected virtual void ReadWhole() => DependencyRecorder.Touch(this);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object value)
    {
        Materialize();
        var found = base.TryGetValue(context, span, member, out var read);
        value = read!;
        DependencyRecorder.Read(DependencyOf(member), read);
        return found;
    }

    public override object? this[string key]
    {
        get
        {
            Materialize();
            var value = base[key];
            DependencyRecorder.Read(DependencyOf(key), value);
            return value;
        }
        set => base[key] = value;
    }

    public override bool Contains(string member)
    {
        Materialize();
        return base.Contains(member);
    }

    public override bool CanWrite(string member)
    {
        Materialize();
        return base.CanWrite(member);
    }

    public override IScriptObject Clone(bool deep)
    {
        Materialize();
        ReadWhole();
        return base.Clone(deep);
    }

    public override void CopyTo(ScriptObject dest)
    {
        Materialize();
        ReadWhole();
        base.CopyTo(dest);
    }

    internal object? RawValue(string key) => base[key];

    public override string ToString(string? format, IFormatProvider? formatProvider)
    {
        Materialize();
        ReadWhole();
        return base.ToString(format!, formatProvider!);
    }

    // The ways to read every member without naming one. Members not listed here are ScriptObject's own.
    int IScriptObject.Count => Count;

    IEnumerable<string> IScriptObject.GetMembers()
    {
        Materialize();
        return GetMembers();
    }

    int ICollection<KeyValuePair<string, object?>>.Count => Count;

    int ICollection.Count => Count;

    ICollection<string> IDictionary<string, object?>.Keys => Keys;

    IEnumerator IEnumerable.GetEnumerator()
    {
        Materialize();
        ReadWhole();
        return GetEnumerator();
    }

    IEnumerator<KeyValuePair<string, object?>> IEnumerable<KeyValuePair<string, object?>>.GetEnumerator()
    {
        Materialize();
        ReadWhole();
        return GetEnumerator()!;
    }

    ICollection<object?> IDictionary<string, object?>.Values
    {
        get
        {
            Materialize();
            ReadWhole();
            return Values!;
        }
    }

    bool IDictionary<string, object?>.TryGetValue(string key, out object? value) => TryGetValue(null, new SourceSpan(), key, out value!);

    void ICollection<KeyValuePair<string, object?>>.Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value!);

    bool ICollection<KeyValuePair<string, object?>>.Contains(KeyValuePair<string, object?> item)
    {
        Materialize();
        ReadWhole();
        return base.TryGetValue(null, new SourceSpan(), item.Key, out var value) && Equals(value, item.Value);
    }

    void ICollection<KeyValuePair<string, object?>>.CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex)
    {
        Materialize();
        ReadWhole();
        foreach (var (key, value) in this) array[arrayIndex++] = new KeyValuePair<string, object?>(key, value);
    }

    bool ICollection<KeyValuePair<string, object?>>.Remove(KeyValuePair<string, object?> item) =>
        base.TryGetValue(null, new SourceSpan(), item.Key, out var value) && Equals(value, item.Value) && Remove(item.Key);

    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => IsReadOnly;

    ICollection IDictionary.Values
    {
        get
        {
            Materialize();
            ReadWhole();
            return Values.ToList();
        }
    }

    ICollection IDictionary.Keys => Keys.ToList();

    IDictionaryEnumerator IDictionary.GetEnumerator()
    {
        Materialize();
        ReadWhole();
        return this.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal).GetEnumerator();
    }

    object? IDictionary.this[object key]
    {
        get => this[key as string ?? key.ToString()!];
        set => this[key as string ?? key.ToString()!] = value;
    }

    void IDictionary.Add(object key, object? value) => Add(key as string ?? key.ToString()!, value!);

    bool IDictionary.Contains(object key) => ContainsKey(key as string ?? key.ToString()!);

    void IDictionary.Remove(object key) => Remove(key as string ?? key.ToString()!);

    bool IDictionary.IsFixedSize => false;

    void ICollection.CopyTo(Array array, int index)
    {
        Materialize();
        ReadWhole();
        foreach (var pair in this) array.SetValue(new DictionaryEntry(pair.Key, pair.Value), index++);
    }

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;
}

/// <summary>
/// A career. Its body (the rendered Markdown and what is counted or listed from it) and its relations
/// (related careers, previous and next) are dependencies apart from the rest of it, its card: a page
/// that reads only titles, summaries and wages (a category, the A–Z index, a neighbour's
/// previous/next link) is not rendered again when only a body changed, or when an edit elsewhere
/// changed which careers this one lists as related (a body edit often does: rendering the A–Z index
/// again for that, filling all 10,000 careers' objects, took 0.3 s of a 0.8 s rebuild).
/// </summary>
public sealed class CareerObject : DependencyObject
{
    /// <summary>The members made from the body; everything else a career holds is its card.</summary>
    public static readonly IReadOnlySet<string> BodyMembers =
        new[] { "content", "word_count", "reading_time", "duties", "json_ld" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The members that point at other careers by how the site places them; they change without this career changing.</summary>
    public static readonly IReadOnlySet<string> RelationMembers =
        new[] { "related", "prev", "next" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly PartDependency _body;
    private readonly PartDependency _relations;
    private readonly Lock _gate = new();
    private Action<CareerObject>? _fill;
    private bool _filling;

    public CareerObject(string id, int capacity) : base(id, capacity)
    {
        _body = new PartDependency(this, "#body", BodyMembers);
        _relations = new PartDependency(this, "#relations", RelationMembers);
    }

    /// <summary>
    /// Sets how the members are made: when something first reads the object. A rebuild after one edit
    /// reads a handful of the 10,000 careers (the pages it renders again, the digests that changed);
    /// building all of them up front was most of its template phase.
    /// </summary>
    internal void FillWhenRead(Action<CareerObject> fill) => _fill = fill;

    public override void Materialize()
    {
        if (Volatile.Read(ref _fill) is null) return;
        lock (_gate)
        {
            // The filling thread comes back here through the member setters; others wait for it.
            if (_fill is not { } fill || _filling) return;
            _filling = true;
            fill(this);
            Volatile.Write(ref _fill, null);
        }
    }

    /// <summary>The body as a dependency ("p:librarians#body").</summary>
    public IDependency Body => _body;

    /// <summary>The relations as a dependency ("p:librarians#relations").</summary>
    public IDependency Relations => _relations;

    /// <summary>A digest of the card, the body and the relations: what the career's own page is made from.</summary>
    public Hash128 WholeHash
    {
        get
        {
            // All three digests first: computing one may use this thread's hash input too.
            var (card, body, relations) = (Hash, _body.Hash, _relations.Hash);
            var input = HashInput.Start();
            input.Digest(card);
            input.Digest(body);
            input.Digest(relations);
            return ContentHasher.Digest(input.Written);
        }
    }

    protected override Hash128 ComputeHash()
    {
        Materialize();
        return ContentHasher.Of(this, member => !BodyMembers.Contains(member) && !RelationMembers.Contains(member));
    }

    protected override IDependency DependencyOf(string member) =>
        BodyMembers.Contains(member) ? _body : RelationMembers.Contains(member) ? _relations : this;

    protected override void ReadWhole()
    {
        DependencyRecorder.Touch(this);
        DependencyRecorder.Touch(_body);
        DependencyRecorder.Touch(_relations);
    }

    /// <summary>Some of a career's members as a dependency of their own, under the career's id and <paramref name="suffix"/>.</summary>
    private sealed class PartDependency(CareerObject career, string suffix, IReadOnlySet<string> members) : IDependency
    {
        private object? _hash;

        public string Id { get; } = career.Id + suffix;

        public Hash128 Hash => (Hash128)(_hash ??= career.Memoized(Id, () =>
        {
            career.Materialize();
            return ContentHasher.Of(career, members.Contains);
        }));
    }
}

/// <summary>The <c>site</c> object: each member is its own dependency, so a page that shows only the site's title does not depend on its list of careers.</summary>
public sealed class SiteDependencyObject() : DependencyObject("s:")
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, MemberDependency> _members = new(StringComparer.Ordinal);

    protected override IDependency DependencyOf(string member) => _members.GetOrAdd(member, m => new MemberDependency(this, m));

    /// <summary>The dependency for one member, by the id it was recorded under ("s:pages").</summary>
    public IDependency Member(string name) => DependencyOf(name);

    protected override void ReadWhole()
    {
        foreach (var name in Keys) DependencyRecorder.Touch(Member(name));
    }

    private sealed class MemberDependency(SiteDependencyObject site, string name) : IDependency
    {
        private object? _hash;
        public string Id { get; } = "s:" + name;
        public Hash128 Hash => (Hash128)(_hash ??= ContentHasher.OfValue(site.RawValue(name)));
    }
}
