namespace ProfileGen.Serve;

/// <summary>
/// Runs the dev server's full rebuilds one at a time on a worker. Requests that arrive while one
/// runs are merged into the next, so a build never queues behind a build of content already
/// replaced, and a caller can either wait for the build that covers its change or go on (after
/// publishing a preview) while it runs.
/// </summary>
public sealed class FullBuildScheduler(Action<IReadOnlyCollection<string>?, int> build, TextWriter log)
{
    private readonly object _gate = new();
    private HashSet<string> _paths = new(StringComparer.Ordinal);
    private bool _everything;
    private int _requested;
    private int _done;
    private bool _running;

    /// <summary>Asks for a build covering <paramref name="changed"/> (null: everything), numbered <paramref name="version"/>.</summary>
    public void Request(IReadOnlyCollection<string>? changed, int version)
    {
        lock (_gate)
        {
            if (changed is null) _everything = true;
            else _paths.UnionWith(changed);
            _requested = Math.Max(_requested, version);
            if (_running) return;
            _running = true;
        }
        _ = Task.Run(Loop);
    }

    /// <summary>Blocks until a build of <paramref name="version"/> or later has finished.</summary>
    public void WaitFor(int version)
    {
        lock (_gate)
        {
            while (_done < version) Monitor.Wait(_gate);
        }
    }

    private void Loop()
    {
        while (true)
        {
            IReadOnlyCollection<string>? paths;
            int version;
            lock (_gate)
            {
                if (_done >= _requested)
                {
                    _running = false;
                    Monitor.PulseAll(_gate);
                    return;
                }
                paths = _everything ? null : _paths;
                version = _requested;
                _paths = new HashSet<string>(StringComparer.Ordinal);
                _everything = false;
            }
            try
            {
                build(paths, version);
            }
            catch (Exception e)
            {
                // A bug must not stop the server: report it and keep serving the last good build.
                log.WriteLine($"profilegen: internal error while rebuilding: {e.GetType().Name}: {e.Message}");
                log.WriteLine("This is a bug in ProfileGen. Please report it with the change you made.");
            }
            lock (_gate)
            {
                _done = Math.Max(_done, version);
                Monitor.PulseAll(_gate);
            }
        }
    }
}
