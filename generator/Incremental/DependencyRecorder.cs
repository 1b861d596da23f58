using System.Collections;

namespace ProfileGen.Incremental;

/// <summary>
/// Collects what the page being rendered on this thread reads from the site model. Rendering a page
/// runs on one thread from start to end, so the recorder is per thread; outside a page nothing is recorded.
/// </summary>
public sealed class DependencyRecorder : IDisposable
{
    [ThreadStatic] private static DependencyRecorder? _current;

    private readonly HashSet<IDependency> _read = new(ReferenceEqualityComparer.Instance);
    private readonly DependencyRecorder? _outer;

    private DependencyRecorder(DependencyRecorder? outer) => _outer = outer;

    /// <summary>
    /// True when the page read the site in a way that cannot be recorded (a debug dump walks any
    /// object), so it is rendered on every build.
    /// </summary>
    public bool Untracked { get; private set; }

    public IReadOnlyCollection<IDependency> Dependencies => _read;

    /// <summary>Starts recording for the current thread until disposed.</summary>
    public static DependencyRecorder Begin() => _current = new DependencyRecorder(_current);

    public void Dispose() => _current = _outer;

    internal static void Read(IDependency dependency, object? value)
    {
        var recorder = _current;
        if (recorder is null) return;
        recorder._read.Add(dependency);
        recorder.AddSiteObjectsIn(value);
    }

    /// <summary>
    /// Records the site objects a page's own data refers to directly (its career, category, related
    /// careers, the careers a list page shows): a template can walk them without naming a member.
    /// </summary>
    public void ReadReferencesOf(Scriban.Runtime.ScriptObject page)
    {
        if (page is DependencyObject career) career.Materialize();
        foreach (var value in page.Values) AddSiteObjectsIn(value);
    }

    /// <summary>A site object, or each site object of a list: what a template can walk once it holds the value.</summary>
    private void AddSiteObjectsIn(object? value)
    {
        switch (value)
        {
            case DependencyObject other:
                _read.Add(other);
                break;
            case IList list:
                // By index: a list's enumerator is an allocation per member read, and pages read many lists.
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is DependencyObject element) _read.Add(element);
                }
                break;
        }
    }

    /// <summary>Records something the page being rendered used besides the site's objects: a template, a partial.</summary>
    public static void Touch(IDependency dependency) => _current?._read.Add(dependency);

    /// <summary>Marks the page being rendered as one that must be rendered on every build.</summary>
    public static void MarkUntracked()
    {
        if (_current is { } recorder) recorder.Untracked = true;
    }
}
