using System.Runtime.InteropServices;
using System.Text;
using ProfileGen.Incremental;

namespace ProfileGen.Model.Related;

/// <summary>
/// One build's related-careers ranking with what it was ranked from: each career's best candidates
/// and their scores, a digest of each career's text vector, and the inverted index by stem (term
/// numbers change from run to run, stems do not). The next build compares its own vectors and index
/// with these to rank again only the careers an edit can move (<see cref="RankingChanges"/>).
/// </summary>
internal sealed class Rankings
{
    /// <summary>The settings, the careers in site order and their structured signals (<see cref="RankingChanges.InputsDigest"/>).</summary>
    public required Hash128 Inputs { get; init; }

    /// <summary>Each career's text vector (<see cref="TextVectors.Digests"/>); all default when text does not count.</summary>
    public required Hash128[] Vectors { get; init; }

    /// <summary>Each career's best candidates, best first (site indices), and their scores.</summary>
    public required int[][] Best { get; init; }
    public required double[][] Scores { get; init; }

    /// <summary>The stem of each posting list ("" for a number no stem got); listed only when the rankings are saved.</summary>
    public required Lazy<string[]> Stems { get; init; }

    /// <summary>The postings of stem s are [Start[s], Start[s + 1]) of <see cref="Careers"/> and <see cref="Weights"/>, in site order.</summary>
    public required int[] Start { get; init; }
    public required int[] Careers { get; init; }
    public required float[] Weights { get; init; }

    private const string Magic = "profilegen-rankings 1";

    /// <summary>Writes the rankings to <paramref name="file"/> through a temporary file moved into place.</summary>
    public void Save(string file)
    {
        var stems = Stems.Value;
        var postings = Careers.Length;
        using var body = new MemoryStream(64 + Best.Length * (16 + 4 + 12 * (Best.Length > 0 ? Best[0].Length : 0)) + stems.Length * 16 + (Start.Length + 2 * postings) * 4);
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            BuildState.WriteHash(w, Inputs);
            w.Write(Best.Length);
            foreach (var digest in Vectors) BuildState.WriteHash(w, digest);
            for (var i = 0; i < Best.Length; i++)
            {
                w.Write(Best[i].Length);
                w.Write(MemoryMarshal.AsBytes(Best[i].AsSpan()));
                w.Write(MemoryMarshal.AsBytes(Scores[i].AsSpan()));
            }
            w.Write(stems.Length);
            foreach (var stem in stems) w.Write(stem);
            w.Write(MemoryMarshal.AsBytes(Start.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(Careers.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(Weights.AsSpan()));
        }
        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using (var stream = new FileStream(file + ".tmp", FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var w = new BinaryWriter(stream, Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(IncrementalBuild.BinaryKey);
            // A damaged file must cost a full ranking, never a wrong list: the body carries its checksum.
            BuildState.WriteHash(w, ContentHasher.Digest(bytes));
            w.Write(bytes);
        }
        File.Move(file + ".tmp", file, overwrite: true);
    }

    /// <summary>The rankings in <paramref name="bytes"/>; null when they are damaged, from another binary, or unreadable here.</summary>
    public static Rankings? Deserialize(ReadOnlyMemory<byte> bytes)
    {
        // The arrays are written as the machine holds them; every platform .NET runs on is little-endian.
        if (!BitConverter.IsLittleEndian) return null;
        try
        {
            var r = new PackReader(bytes);
            if (r.ReadString() != Magic || r.ReadString() != IncrementalBuild.BinaryKey) return null;
            var checksum = r.ReadHash();
            if (ContentHasher.Digest(bytes.Span[r.Position..]) != checksum) return null;
            var inputs = r.ReadHash();
            var n = r.ReadInt32();
            if (n < 0 || n > bytes.Length) return null;
            var vectors = new Hash128[n];
            for (var i = 0; i < n; i++) vectors[i] = r.ReadHash();
            var best = new int[n][];
            var scores = new double[n][];
            for (var i = 0; i < n; i++)
            {
                var count = r.ReadInt32();
                if (count < 0 || count > n) return null;
                best[i] = Ints(r, count);
                scores[i] = MemoryMarshal.Cast<byte, double>(r.ReadMemory(count * sizeof(double)).Span).ToArray();
                foreach (var j in best[i]) if ((uint)j >= (uint)n) return null;
            }
            var stems = new string[r.ReadInt32()];
            if (stems.Length < 0 || stems.Length > bytes.Length) return null;
            for (var s = 0; s < stems.Length; s++) stems[s] = r.ReadString();
            var start = Ints(r, stems.Length + 1);
            var postings = start[^1];
            for (var s = 0; s < stems.Length; s++) if (start[s] < 0 || start[s] > start[s + 1]) return null;
            if (start[0] != 0 || postings > bytes.Length) return null;
            var careers = Ints(r, postings);
            foreach (var j in careers) if ((uint)j >= (uint)n) return null;
            var weights = MemoryMarshal.Cast<byte, float>(r.ReadMemory(postings * sizeof(float)).Span).ToArray();
            return new Rankings { Inputs = inputs, Vectors = vectors, Best = best, Scores = scores, Stems = new Lazy<string[]>(stems), Start = start, Careers = careers, Weights = weights };
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    private static int[] Ints(PackReader r, int count) => MemoryMarshal.Cast<byte, int>(r.ReadMemory(checked(count * sizeof(int))).Span).ToArray();
}

/// <summary>
/// The related-careers rankings a build reads from and leaves in <c>.profilegen-cache/rankings</c>.
/// What this build ranked reaches the file only through <see cref="Save"/>, after the build succeeded.
/// </summary>
public sealed class RankingMemory
{
    private Rankings? _next;

    private RankingMemory(Rankings? previous) => Previous = previous;

    /// <summary>The last build's rankings; null when there are none to trust.</summary>
    internal Rankings? Previous { get; }

    /// <summary>No earlier rankings: every career is ranked, and this build's are kept.</summary>
    public static RankingMemory Empty() => new(null);

    /// <summary>The rankings in <paramref name="file"/>, or none when it is missing or cannot be trusted.</summary>
    public static RankingMemory Load(string file)
    {
        try
        {
            return new RankingMemory(File.Exists(file) ? Rankings.Deserialize(MappedFile.Read(file)) : null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Empty();
        }
    }

    /// <summary>Keeps this build's rankings for <see cref="Save"/>.</summary>
    internal void Remember(Rankings rankings, int ranked)
    {
        _next = rankings;
        Ranked = ranked;
    }

    /// <summary>How many careers this build ranked; the others kept the last build's ranking.</summary>
    public int Ranked { get; private set; }

    /// <summary>Writes this build's rankings, if it ranked any.</summary>
    public void Save(string file) => _next?.Save(file);
}
