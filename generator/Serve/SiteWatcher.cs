namespace ProfileGen.Serve;

/// <summary>
/// Watches what a build reads (profiles/, templates/, static/, data/ and profilegen.yml) and
/// reports each changed file, site-relative, to a <see cref="ChangeQueue"/>. Hidden files and editor
/// backups are ignored, as the loader ignores them. The site folder itself is watched without
/// recursion, so a folder created later is picked up and site-output/ or .git never is.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    public static readonly string[] Folders = ["profiles", "templates", "static", "data"];
    public const string ConfigFile = "profilegen.yml";

    private readonly string _root;
    private readonly ChangeQueue _queue;
    private readonly FileSystemWatcher _rootWatcher;
    private readonly Dictionary<string, FileSystemWatcher> _folders = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public SiteWatcher(string root, ChangeQueue queue)
    {
        _root = Path.GetFullPath(root);
        _queue = queue;
        _rootWatcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _rootWatcher.Changed += (_, e) => OnRootEvent(e.Name);
        _rootWatcher.Created += (_, e) => OnRootEvent(e.Name);
        _rootWatcher.Deleted += (_, e) => OnRootEvent(e.Name);
        _rootWatcher.Renamed += (_, e) => { OnRootEvent(e.OldName); OnRootEvent(e.Name); };
        _rootWatcher.Error += (_, _) => _queue.AddEverything();
        _rootWatcher.EnableRaisingEvents = true;
        foreach (var folder in Folders) WatchFolder(folder);
    }

    private void OnRootEvent(string? name)
    {
        if (name == ConfigFile) _queue.Add(ConfigFile);
        else if (name is not null && Folders.Contains(name))
        {
            WatchFolder(name); // created, renamed into place or deleted: (re)start its watcher
            _queue.AddEverything();
        }
    }

    private void WatchFolder(string folder)
    {
        lock (_lock)
        {
            if (_folders.Remove(folder, out var old)) old.Dispose();
            var path = Path.Combine(_root, folder);
            if (!Directory.Exists(path)) return;
            var watcher = new FileSystemWatcher(path)
            {
                IncludeSubdirectories = true,
                InternalBufferSize = 64 * 1024,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => OnEvent(e.FullPath);
            watcher.Created += (_, e) => OnEvent(e.FullPath);
            watcher.Deleted += (_, e) => OnEvent(e.FullPath);
            watcher.Renamed += (_, e) => { OnEvent(e.OldFullPath); OnEvent(e.FullPath); };
            watcher.Error += (_, _) => _queue.AddEverything();
            watcher.EnableRaisingEvents = true;
            _folders[folder] = watcher;
        }
    }

    private void OnEvent(string fullPath)
    {
        var name = Path.GetFileName(fullPath);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)) return;
        _queue.Add(Path.GetRelativePath(_root, fullPath).Replace(Path.DirectorySeparatorChar, '/'));
    }

    public void Dispose()
    {
        _rootWatcher.Dispose();
        lock (_lock)
        {
            foreach (var watcher in _folders.Values) watcher.Dispose();
            _folders.Clear();
        }
    }
}
