using System.Diagnostics;

namespace ProfileGen.Serve;

/// <summary>
/// Collects changed paths and hands them out in batches once the files have been quiet for a
/// moment, so an editor's burst of writes (temp file, rename, attribute change) or many quick
/// saves make one rebuild. A rebuild that is running when more changes arrive is followed by one
/// more, covering all of them.
/// </summary>
public sealed class ChangeQueue(TimeSpan quiet, Action? onChange = null)
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _signal = new(0);
    private HashSet<string> _paths = new(StringComparer.Ordinal);
    private bool _everything;
    private long _lastChange;

    /// <summary>A site-relative path changed.</summary>
    public void Add(string path)
    {
        lock (_lock)
        {
            _paths.Add(path);
            _lastChange = Stopwatch.GetTimestamp();
        }
        onChange?.Invoke();
        _signal.Release();
    }

    /// <summary>Something changed that the watcher could not pin down (its buffer overflowed, a folder appeared): rebuild everything.</summary>
    public void AddEverything()
    {
        lock (_lock)
        {
            _everything = true;
            _lastChange = Stopwatch.GetTimestamp();
        }
        onChange?.Invoke();
        _signal.Release();
    }

    /// <summary>Waits for a change, then for quiet; returns the changed paths, or null when anything may have changed.</summary>
    public async Task<IReadOnlyCollection<string>?> NextBatchAsync(CancellationToken cancellation)
    {
        while (true)
        {
            await _signal.WaitAsync(cancellation).ConfigureAwait(false);
            while (true)
            {
                TimeSpan since;
                lock (_lock) since = Stopwatch.GetElapsedTime(_lastChange);
                if (since >= quiet) break;
                await Task.Delay(quiet - since, cancellation).ConfigureAwait(false);
            }
            lock (_lock)
            {
                // Every Add released the semaphore once; the batch covers them all.
                while (_signal.CurrentCount > 0) _signal.Wait(0);
                if (!_everything && _paths.Count == 0) continue;
                IReadOnlyCollection<string>? batch = _everything ? null : _paths;
                _paths = new HashSet<string>(StringComparer.Ordinal);
                _everything = false;
                return batch;
            }
        }
    }
}
