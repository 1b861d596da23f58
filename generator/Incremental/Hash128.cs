using System.Buffers.Binary;
using System.IO.Hashing;

namespace ProfileGen.Incremental;

/// <summary>
/// A 128-bit digest (xxHash128). Our own type rather than <see cref="UInt128"/>: the runtime does
/// not promise <c>UInt128</c>'s layout from one version to the next, so ReadyToRun leaves to the JIT
/// every method that passes, stores or looks one up, and every method touching a type that holds one
/// (a profile, a source file, a page record): 190 methods of ours, compiled again at every start
/// (about 1,200 JIT compilations and 0.6 s of JIT time in a 10,000-profile rebuild).
/// </summary>
public readonly record struct Hash128(ulong Low, ulong High)
{
    /// <summary>The digest of <paramref name="bytes"/>.</summary>
    public static Hash128 Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[16];
        XxHash128.Hash(bytes, digest);
        return FromBytes(digest);
    }

    /// <summary>What <paramref name="hash"/> has been given so far.</summary>
    public static Hash128 Current(XxHash128 hash)
    {
        Span<byte> digest = stackalloc byte[16];
        hash.GetCurrentHash(digest);
        return FromBytes(digest);
    }

    /// <summary>The 16 bytes of the digest, low half first.</summary>
    public void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(destination, Low);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], High);
    }

    private static Hash128 FromBytes(ReadOnlySpan<byte> digest) =>
        new(BinaryPrimitives.ReadUInt64LittleEndian(digest), BinaryPrimitives.ReadUInt64LittleEndian(digest[8..]));

    public override string ToString() => $"{High:x16}{Low:x16}";
}
