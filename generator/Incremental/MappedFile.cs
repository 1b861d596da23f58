using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace ProfileGen.Incremental;

/// <summary>
/// A file's bytes mapped into memory, read-only, for the life of the process. Reading the parse
/// cache (90 MB at 10,000 profiles) into an array cost a rebuild a copy of every byte and a page fault
/// for every fresh page of the array; mapped, its pages are the file system's own cached ones.
/// Unix only: Windows does not let a mapped file be replaced, which the next build's commit does, so
/// there the file is read into an array as before.
/// </summary>
internal sealed unsafe class MappedFile : MemoryManager<byte>
{
    private readonly MemoryMappedViewAccessor _view; // held: its handle is the mapping
    private readonly byte* _start;
    private readonly int _length;

    private MappedFile(MemoryMappedViewAccessor view, byte* start, int length)
    {
        _view = view;
        _start = start;
        _length = length;
    }

    /// <summary>
    /// The file's bytes. What is read from them may keep slices of them for as long as it lives, so
    /// the mapping is never closed: it goes with the process. The file may be replaced meanwhile
    /// (renamed over, appended to); the bytes mapped here stay as they were.
    /// </summary>
    public static ReadOnlyMemory<byte> Read(string path)
    {
        if (OperatingSystem.IsWindows()) return File.ReadAllBytes(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = stream.Length;
        if (length == 0) return ReadOnlyMemory<byte>.Empty;
        if (length > int.MaxValue) throw new IOException($"{path} is larger than 2 GB");
        using var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        return new MappedFile(view, start + view.PointerOffset, (int)length).Memory;
    }

    public override Span<byte> GetSpan() => new(_start, _length);

    public override MemoryHandle Pin(int elementIndex = 0) => new(_start + elementIndex);

    public override void Unpin()
    {
    }

    /// <summary>Nothing to do: the mapping lives as long as the process (see <see cref="Read"/>).</summary>
    protected override void Dispose(bool disposing)
    {
    }
}
