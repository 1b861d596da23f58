namespace ProfileGen.Incremental;

/// <summary>A written file's length and modification time: if either differs later, someone changed the file, so it is not trusted as is.</summary>
public readonly record struct FileStamp(long Length, long LastWriteTicks)
{
    public static FileStamp? Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }
}
