using System.Runtime;

namespace ProfileGen.Cli;

/// <summary>
/// Lets a rebuild load, parse and model without garbage collections. A one-edit rebuild of 10,000
/// profiles allocates about 370 MB and exits; the runtime collected it four times, each a full
/// collection of the 200 MB the site model keeps alive: 190-210 ms of pauses in a 1.4 s rebuild.
/// Reserving the memory up front costs peak memory (about 440 instead of 340 MiB) and saves those
/// pauses. The region ends when rendering starts (<see cref="Build.ParseGarbage"/>): a rebuild that
/// renders every page again (a template edit) is collected once it has rendered a few hundred, at
/// some cost in peak memory (about 670 instead of 500 MiB at 10,000 profiles); a build that
/// allocates more than the budget before that is collected as usual from then on.
/// </summary>
internal static class CollectorBudget
{
    /// <summary>What a rebuild allocates per profile before it renders, with room: about 27 KB measured at 10,000.</summary>
    private const long BytesPerProfile = 32 * 1024;

    private const long BaseBytes = 64L * 1024 * 1024;

    /// <summary>The budget is at most this fraction (1/4) of the memory the runtime may use.</summary>
    private const long MaxShareOfMemory = 4;

    /// <summary>
    /// Whether this process may change how it collects. Only the executable says so: tests run builds
    /// side by side in one process, and a region is the process's, not one build's.
    /// </summary>
    public static bool Enabled { get; set; }

    /// <summary>Starts a region without collections sized for a rebuild of a site that had <paramref name="profiles"/> profiles last time.</summary>
    public static void ForRebuild(int profiles)
    {
        if (!Enabled || profiles == 0 || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return;
        var budget = BaseBytes + profiles * BytesPerProfile;
        // Never a large share of what the machine (or the container's memory limit) allows: on a small CI
        // runner a collected build fits where an uncollected one would not.
        if (budget > GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / MaxShareOfMemory) return;
        try
        {
            GC.TryStartNoGCRegion(budget);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime can reserve at once: the build is collected as usual.
        }
    }
}
