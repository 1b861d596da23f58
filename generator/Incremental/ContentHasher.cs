using System.Collections;
using System.Globalization;
using System.Runtime.InteropServices;
using System.IO.Hashing;
using ProfileGen.Rendering;
using Scriban.Runtime;

namespace ProfileGen.Incremental;

/// <summary>
/// A 128-bit digest (XxHash128) of what a template can read from a value: scalars
/// by value, nested objects and lists in full, and other site objects (careers, categories, tags)
/// by their id only, since reading those is recorded as a dependency of its own. Equal digests in
/// two builds mean a template sees the same thing.
/// </summary>
public static class ContentHasher
{
    private const int MaxDepth = 64;

    /// <summary>
    /// The digest of an object's own content: its members (those <paramref name="include"/> keeps, when
    /// given: a career's card, or its body), with other site objects cut at their id.
    /// </summary>
    public static Hash128 Of(ScriptObject root, Func<string, bool>? include = null)
    {
        var buffer = HashInput.Start();
        WriteObject(buffer, root, 0, include);
        return Digest(buffer.Written);
    }

    /// <summary>The digest of one value as a template would read it.</summary>
    public static Hash128 OfValue(object? value)
    {
        var buffer = HashInput.Start();
        Write(buffer, value, 0);
        return Digest(buffer.Written);
    }

    /// <summary>The digest of a sequence of byte strings, each length-prefixed so that ("ab","c") differs from ("a","bc").</summary>
    public static Hash128 OfParts(IEnumerable<ReadOnlyMemory<byte>> parts)
    {
        var hash = new XxHash128();
        Span<byte> length = stackalloc byte[8];
        foreach (var part in parts)
        {
            BitConverter.TryWriteBytes(length, (long)part.Length);
            hash.Append(length);
            hash.Append(part.Span);
        }
        return Hash128.Current(hash);
    }

    // A fast non-cryptographic digest: the cache compares a site's files with their own earlier versions, it does not defend against forged ones.
    public static Hash128 Digest(ReadOnlySpan<byte> bytes) => Hash128.Of(bytes);

    private static void Write(HashInput buffer, object? value, int depth)
    {
        if (depth > MaxDepth) throw new InvalidOperationException("a template value is nested more than 64 levels deep");
        switch (value)
        {
            case null: buffer.Byte(0); break;
            case string s: buffer.Byte(1); buffer.Text(s); break;
            case HtmlString h:
                // A career's body is most of its bytes: its digest stands in for it rather than a copy.
                buffer.Byte(2);
                buffer.Digest(Digest(h.Utf8));
                break;
            case bool b: buffer.Byte(3); buffer.Byte(b ? (byte)1 : (byte)0); break;
            case int or long or short or byte or uint or ulong or ushort or sbyte:
                buffer.Byte(4); buffer.Long(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case decimal d:
                buffer.Byte(5);
                Span<int> bits = stackalloc int[4];
                decimal.GetBits(d, bits);
                foreach (var bit in bits) buffer.Long(bit);
                break;
            case double or float: buffer.Byte(6); buffer.Long(BitConverter.DoubleToInt64Bits(Convert.ToDouble(value, CultureInfo.InvariantCulture))); break;
            case DateTime t: buffer.Byte(7); buffer.Long(t.Ticks); buffer.Long((long)t.Kind); break;
            case DependencyObject other: buffer.Byte(8); buffer.Text(other.Id); break;
            case ScriptObject obj: WriteObject(buffer, obj, depth); break;
            case IEnumerable list:
                buffer.Byte(10);
                foreach (var item in list) Write(buffer, item, depth + 1);
                buffer.Byte(11);
                break;
            default:
                buffer.Byte(12);
                buffer.Text(value.GetType().FullName ?? "");
                buffer.Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    private static void WriteObject(HashInput buffer, ScriptObject obj, int depth, Func<string, bool>? include = null)
    {
        // Members in the order they were set: the model sets them in the same order on every build.
        buffer.Byte(9);
        buffer.Long(include is null ? obj.Count : obj.Keys.Count(include));
        foreach (var (key, value) in obj)
        {
            if (include is not null && !include(key)) continue;
            buffer.Text(key);
            Write(buffer, value, depth + 1);
        }
    }
}
