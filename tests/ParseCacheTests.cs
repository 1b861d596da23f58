using System.Text.Json;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using ProfileGen.Incremental;
using ProfileGen.Model;
using ProfileGen.Tests.Support;

namespace ProfileGen.Tests;

/// <summary>A profile read back from the parse cache must be the profile a fresh parse gives, field for field.</summary>
public class ParseCacheTests
{
    private const string EveryField = """
        ---
        title: "Librarians & Media Collections Specialists"
        slug: librarians
        date: 2025-01-02
        lastmod: 2025-03-04
        category: "Education, Training, and Library"
        tags: [research, books]
        summary: "They help people find information: Bibliothekare für Ärzte, 図書館員 📚."
        soc_code: "25-4022"
        employment: 142200
        employment_year: 2023
        median_wage: 64370.5
        wage_year: 2023
        wage_unit: year
        growth_rate: -1.5
        growth_period: "2023-2033"
        education: "Master's degree"
        key_takeaways: ["Most work in schools", "A master's degree is typical"]
        common_names: [Librarian, "Media Specialist"]
        sources: [{name: "BLS", url: "https://www.bls.gov/ooh/"}, {name: "Interviews"}]
        related: [archivists, teachers]
        draft: true
        layout: wide
        weight: 3
        meidan_wage: 1
        extra: {nested: [a, {b: c}], empty: null}
        ---
        # Heading

        First paragraph with a [link](/careers/archivists/) and `code`.

        ## What They Do

        - Catalog books
        - Teach research

        ![chart](/images/x.png)
        """;

    [Fact]
    public void A_profile_with_every_field_reads_back_exactly_as_parsed()
    {
        var file = new SourceFile("profiles/librarians.md", EveryField.Replace("\r\n", "\n"));
        var bag = new DiagnosticBag();
        var parsed = new ProfileParser(new MarkdownRenderer(new UrlBuilder("https://example.org/guide/"), false)).Parse(file, bag)!;
        Assert.NotNull(parsed);
        Assert.NotEmpty(bag.Sorted()); // the unknown field warns, so diagnostics are part of what is cached

        // Every front-matter field is set, so a field the cache forgot would show below
        foreach (var property in typeof(ProfileFrontMatter).GetProperties().Where(p => p.Name != nameof(ProfileFrontMatter.FigureSources)))
        {
            var value = property.GetValue(parsed.Meta);
            Assert.True(value is not null && value is not (System.Collections.ICollection { Count: 0 }) && !Equals(value, false) && !Equals(value, 0),
                $"the test profile should set {property.Name}");
        }

        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) ParsedProfileFormat.Write(writer, parsed, bag.Sorted());
        // Read as the cache reads an entry: from inside one big pack, strings decoded in place.
        var pack = new byte[7].Concat(stream.ToArray()).Concat(new byte[5]).ToArray();
        var (back, diagnostics) = ParsedProfileFormat.Read(new PackReader(pack.AsMemory(7, (int)stream.Length)));

        Assert.Contains("catalog ", parsed.Terms.Stems); // the body's terms are part of what is cached
        Assert.Equal(Json(parsed), Json(back));
        Assert.Equal(bag.Sorted(), diagnostics);
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { IncludeFields = true, WriteIndented = true });
}
