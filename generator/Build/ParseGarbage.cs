using System.Runtime;

namespace ProfileGen.Build;

/// <summary>
/// When to collect what parsing left behind. Once the model is built, the sources, the parse
/// results and the text for related careers (a few hundred MB at 10,000 profiles) are dead, but they
/// live in the oldest generation, which the GC rarely visits. A build that renders many pages
/// collects them first, so rendering reuses their memory instead of adding to it: at 10,000 profiles
/// peak memory fell from about 810 to 590 MiB at no cost in time. A rebuild that the process runs
/// without collections (<see cref="Cli.CollectorBudget"/>) ends that here and collects only after
/// rendering <see cref="ManyPages"/> pages: a one-edit rebuild renders a few dozen and exits without
/// a single collection; one that renders every page again is collected then, and peaks higher than a
/// clean build (about 670 instead of 500 MiB at 10,000 profiles: the region's memory was all new).
/// </summary>
internal sealed class ParseGarbage
{
    /// <summary>Below this many profiles the collection is not worth its pause.</summary>
    private const int LargeSite = 2_000;

    /// <summary>Rendered pages after which a rebuild collects: a few hundred pages allocate a few dozen MB.</summary>
    private const int ManyPages = 256;

    private readonly bool _deferred;
    private int _rendered;

    private ParseGarbage(bool deferred) => _deferred = deferred;

    /// <summary>At the end of the model: collects now, or, in a region without collections, ends it and waits for the pages.</summary>
    public static ParseGarbage ModelBuilt(int profiles)
    {
        var large = profiles >= LargeSite;
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // The region ended on its own (the build allocated more than it reserved): collected as usual.
            }
            return new ParseGarbage(deferred: large);
        }
        if (large) Collect();
        return new ParseGarbage(deferred: false);
    }

    /// <summary>Called for each page rendered (not kept from the last build); thread-safe.</summary>
    public void PageRendered()
    {
        if (_deferred && Interlocked.Increment(ref _rendered) == ManyPages) Collect();
    }

    private static void Collect() => GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
}
