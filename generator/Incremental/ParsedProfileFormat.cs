using ProfileGen.Content;
using ProfileGen.Diagnostics;

namespace ProfileGen.Incremental;

/// <summary>
/// A parsed profile and the diagnostics its parse reported, written to and read from the parse
/// cache. Every field of <see cref="ParsedProfile"/> is written; a test reads back a profile that
/// sets every front-matter field and compares the two.
/// </summary>
public static class ParsedProfileFormat
{
    public static void Write(BinaryWriter w, ParsedProfile? parsed, IReadOnlyList<Diagnostic> diagnostics)
    {
        w.Write(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            w.Write((int)d.Severity);
            w.Write(d.File);
            w.Write(d.Line);
            w.Write(d.Column);
            w.Write(d.Message);
            Text(w, d.Hint);
        }
        w.Write(parsed is not null);
        if (parsed is null) return;
        w.Write(parsed.File);
        w.Write(parsed.Slug);
        WriteMeta(w, parsed.Meta);
        var body = parsed.Body;
        w.Write(body.HtmlUtf8.Length);
        w.Write(body.HtmlUtf8.Span);
        w.Write(body.FirstParagraph);
        w.Write(body.WordCount);
        Packed(w, body.Duties, static (w, duty) => w.Write(duty));
        Packed(w, body.Links, static (w, link) =>
        {
            w.Write(link.Url);
            w.Write(link.Line);
            w.Write(link.Column);
            w.Write(link.IsImage);
        });
        w.Write(parsed.Terms.StemsUtf8.Length);
        w.Write(parsed.Terms.StemsUtf8.Span);
        w.Write(parsed.Terms.Counts.Length);
        // Counts are sums of field weights, all multiples of one half: twice a count is a whole number.
        foreach (var count in parsed.Terms.Counts) w.Write7BitEncodedInt64((long)(count * 2));
    }

    public static (ParsedProfile? Parsed, Diagnostic[] Diagnostics) Read(PackReader r)
    {
        var diagnostics = new Diagnostic[r.ReadInt32()];
        for (var i = 0; i < diagnostics.Length; i++)
            diagnostics[i] = new Diagnostic((Severity)r.ReadInt32(), r.ReadString(), r.ReadInt32(), r.ReadInt32(), r.ReadString(), Text(r));
        if (!r.ReadBoolean()) return (null, diagnostics);
        var file = r.ReadString();
        var slug = r.ReadString();
        var meta = ReadMeta(r);
        var html = r.ReadMemory(r.ReadInt32());
        var first = r.ReadString();
        var words = r.ReadInt32();
        var duties = Packed(r, static r => r.ReadString());
        var links = Packed(r, static r => new BodyLink(r.ReadString(), r.ReadInt32(), r.ReadInt32(), r.ReadBoolean()));
        var body = new RenderedMarkdown(html, first, words) { Duties = duties, Links = links };
        var stems = r.ReadMemory(r.ReadInt32());
        // The counts stay in the pack's bytes (CareerTerms.CopyCounts decodes them): read through here once, to find their end and check them.
        var count = r.ReadInt32();
        if (count < 0) throw new FormatException("a negative number of counts");
        var countsAt = r.Position;
        for (var i = 0; i < count; i++)
            if (r.Read7BitEncodedInt64() < 0) throw new FormatException("a negative count");
        var length = r.Position - countsAt;
        r.Position = countsAt;
        var counts = r.ReadMemory(length);
        return (new ParsedProfile(file, meta, slug, body, new Model.Related.CareerTerms(stems, counts, count)), diagnostics);
    }

    private static void WriteMeta(BinaryWriter w, ProfileFrontMatter m)
    {
        if (m.FigureSources.Count > 0) throw new InvalidOperationException("figure sources are applied after parsing and are not cached");
        Text(w, m.Title);
        Text(w, m.Slug);
        Date(w, m.Date);
        Date(w, m.Lastmod);
        Text(w, m.Category);
        Strings(w, m.Tags);
        Text(w, m.Summary);
        Text(w, m.SocCode);
        Number(w, m.Employment);
        Number(w, m.EmploymentYear);
        Money(w, m.MedianWage);
        Number(w, m.WageYear);
        w.Write(m.WageUnit);
        Money(w, m.GrowthRate);
        Text(w, m.GrowthPeriod);
        Text(w, m.Education);
        Packed(w, m.KeyTakeaways, static (w, takeaway) => w.Write(takeaway));
        Packed(w, m.CommonNames, static (w, name) => w.Write(name));
        Packed(w, m.Sources, static (w, source) =>
        {
            w.Write(source.Name);
            Text(w, source.Url);
        });
        Positioned(w, m.Related);
        w.Write(m.Draft);
        Text(w, m.Layout);
        w.Write(m.Weight);
        Value(w, m.Params);
        Positioned(w, m.Positions.Select(p => (p.Key, p.Value)).ToList());
    }

    /// <summary>Names with the place they were written: pinned related slugs, field positions.</summary>
    private static void Positioned(BinaryWriter w, IReadOnlyList<(string Name, SourcePosition At)> items)
    {
        w.Write(items.Count);
        foreach (var (name, at) in items)
        {
            w.Write(name);
            Position(w, at);
        }
    }

    private static (string Name, SourcePosition At)[] Positioned(PackReader r)
    {
        var items = new (string, SourcePosition)[r.ReadInt32()];
        for (var i = 0; i < items.Length; i++) items[i] = (r.ReadString(), Position(r));
        return items;
    }

    private static ProfileFrontMatter ReadMeta(PackReader r)
    {
        // Read in the order written, into one record (a `with` afterwards copied all of it again).
        string? title = Text(r), slug = Text(r);
        DateOnly? date = Date(r), lastmod = Date(r);
        var category = SharedText(r);
        var tags = SharedStrings(r);
        string? summary = Text(r), socCode = SharedText(r);
        long? employment = Number(r);
        var employmentYear = (int?)Number(r);
        var medianWage = Money(r);
        var wageYear = (int?)Number(r);
        var wageUnit = r.ReadSharedString();
        var growthRate = Money(r);
        string? growthPeriod = SharedText(r), education = SharedText(r);
        IReadOnlyList<string> keyTakeaways = Packed(r, static r => r.ReadString()), commonNames = Packed(r, static r => r.ReadString());
        var sources = Packed(r, static r => new SourceLink(r.ReadString(), Text(r)));
        var related = Positioned(r);
        var draft = r.ReadBoolean();
        var layout = SharedText(r);
        var weight = r.ReadInt32();
        var parameters = (SortedDictionary<string, object?>)ReadValue(r)!;
        var count = r.ReadInt32();
        var positions = new FieldPositions(count);
        for (var i = 0; i < count; i++) positions.Append(r.ReadSharedString(), Position(r));
        return new ProfileFrontMatter
        {
            Title = title,
            Slug = slug,
            Date = date,
            Lastmod = lastmod,
            Category = category,
            Tags = tags,
            Summary = summary,
            SocCode = socCode,
            Employment = employment,
            EmploymentYear = employmentYear,
            MedianWage = medianWage,
            WageYear = wageYear,
            WageUnit = wageUnit,
            GrowthRate = growthRate,
            GrowthPeriod = growthPeriod,
            Education = education,
            KeyTakeaways = keyTakeaways,
            CommonNames = commonNames,
            Sources = sources,
            Related = related,
            Draft = draft,
            Layout = layout,
            Weight = weight,
            Params = parameters,
            Positions = positions,
        };
    }

    /// <summary>An unknown field's value: null, text, a list or a mapping (what the front-matter parser makes of YAML).</summary>
    private static void Value(BinaryWriter w, object? value)
    {
        switch (value)
        {
            case null: w.Write((byte)0); break;
            case string s: w.Write((byte)1); w.Write(s); break;
            case IReadOnlyDictionary<string, object?> map:
                w.Write((byte)3);
                w.Write(map.Count);
                foreach (var (key, item) in map)
                {
                    w.Write(key);
                    Value(w, item);
                }
                break;
            case IEnumerable<object?> list:
                var items = list.ToList();
                w.Write((byte)2);
                w.Write(items.Count);
                foreach (var item in items) Value(w, item);
                break;
            default: throw new InvalidOperationException($"a front-matter value of type {value.GetType().Name} cannot be cached");
        }
    }

    private static object? ReadValue(PackReader r)
    {
        switch (r.ReadByte())
        {
            case 0: return null;
            case 1: return r.ReadString();
            case 2:
                var list = new List<object?>();
                for (int i = 0, n = r.ReadInt32(); i < n; i++) list.Add(ReadValue(r));
                return list;
            case 3:
                var map = new SortedDictionary<string, object?>(StringComparer.Ordinal);
                for (int i = 0, n = r.ReadInt32(); i < n; i++) map[r.ReadString()] = ReadValue(r);
                return map;
            default: throw new FormatException("unknown value tag in the parse cache");
        }
    }

    private static void Text(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null) w.Write(text);
    }

    private static string? Text(PackReader r) => r.ReadBoolean() ? r.ReadString() : null;

    /// <summary>A text many profiles repeat (<see cref="PackReader.ReadSharedString"/>).</summary>
    private static string? SharedText(PackReader r) => r.ReadBoolean() ? r.ReadSharedString() : null;

    private static string[] SharedStrings(PackReader r)
    {
        var list = new string[r.ReadInt32()];
        for (var i = 0; i < list.Length; i++) list[i] = r.ReadSharedString();
        return list;
    }

    private static void Strings(BinaryWriter w, IReadOnlyList<string> list)
    {
        w.Write(list.Count);
        foreach (var item in list) w.Write(item);
    }

    /// <summary>A list only pages show, as a block of its own: read back as a <see cref="PackedList{T}"/>, decoded when first read.</summary>
    private static void Packed<T>(BinaryWriter w, IReadOnlyList<T> list, Action<BinaryWriter, T> write)
    {
        var block = _block ??= new MemoryStream();
        block.SetLength(0);
        using (var blockWriter = new BinaryWriter(block, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            blockWriter.Write(list.Count);
            foreach (var item in list) write(blockWriter, item);
        }
        w.Write((int)block.Length);
        w.Write(block.GetBuffer(), 0, (int)block.Length);
    }

    [ThreadStatic] private static MemoryStream? _block;

    private static PackedList<T> Packed<T>(PackReader r, Func<PackReader, T> readItem) => new(r.ReadMemory(r.ReadInt32()), readItem);

    private static void Date(BinaryWriter w, DateOnly? date) => w.Write(date?.DayNumber ?? -1);

    private static DateOnly? Date(PackReader r) => r.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;

    private static void Number(BinaryWriter w, long? value)
    {
        w.Write(value.HasValue);
        if (value.HasValue) w.Write(value.Value);
    }

    private static long? Number(PackReader r) => r.ReadBoolean() ? r.ReadInt64() : null;

    private static void Money(BinaryWriter w, decimal? value)
    {
        w.Write(value.HasValue);
        if (value.HasValue) w.Write(value.Value);
    }

    private static decimal? Money(PackReader r) => r.ReadBoolean() ? r.ReadDecimal() : null;

    private static void Position(BinaryWriter w, SourcePosition at)
    {
        w.Write(at.Line);
        w.Write(at.Column);
    }

    private static SourcePosition Position(PackReader r) => new(r.ReadInt32(), r.ReadInt32());
}
