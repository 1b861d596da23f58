using System.Diagnostics;

namespace ProfileGen.Build;

/// <summary>Times the named phases of a build (Hugo's habit), for --verbose and the benchmark.</summary>
public sealed class PhaseTimer(IProgress<string>? progress = null)
{
    private readonly List<(string, TimeSpan)> _phases = [];

    public T Time<T>(string phase, Func<T> work)
    {
        progress?.Report(phase);
        var watch = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            _phases.Add((phase, watch.Elapsed));
        }
    }

    public void Time(string phase, Action work) => Time(phase, () => { work(); return 0; });

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases => _phases;
}
