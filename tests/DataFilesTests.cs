using ProfileGen.Data;
using ProfileGen.Diagnostics;
using ProfileGen.Tests.Support;
using static ProfileGen.Tests.Support.Profiles;

namespace ProfileGen.Tests;

/// <summary>data/*.csv, *.json, *.yml: our RFC 4180 reader, positions of mistakes, and site.data in templates.</summary>
public class DataFilesTests
{
    /// <summary>Records as "[field],[field] / [field],…", line breaks inside fields made visible.</summary>
    private static string Show(IReadOnlyList<CsvRecord> records) =>
        string.Join(" / ", records.Select(r => string.Join(",", r.Fields.Select(f => "[" + f.Text.Replace("\r", "\\r").Replace("\n", "\\n") + "]"))));

    [Theory]
    [InlineData("a,b\n1,2", "[a],[b] / [1],[2]")]
    [InlineData("a,b\r\n1,2\r\n", "[a],[b] / [1],[2]")]
    [InlineData("a\r1\r", "[a] / [1]")]
    [InlineData("a\n\"x, y\"", "[a] / [x, y]")]
    [InlineData("a\n\"he said \"\"hi\"\"\"", "[a] / [he said \"hi\"]")]
    [InlineData("a,b\n\"line 1\r\nline 2\",z", "[a],[b] / [line 1\\r\\nline 2],[z]")]
    [InlineData("a,b\n\"\"\"\",\"\"", "[a],[b] / [\"],[]")]
    [InlineData("a,b\n,\n", "[a],[b] / [],[]")]
    [InlineData("a,b\n1,", "[a],[b] / [1],[]")]
    [InlineData("\uFEFFa\n1", "[a] / [1]")]
    [InlineData("a\n\n1\n\n", "[a] / [1]")]
    [InlineData("a\n\"\"", "[a] / []")]
    [InlineData("a, b\n 1 ,2", "[a],[ b] / [ 1 ],[2]")]
    [InlineData("", "")]
    public void Csv_fields_are_split_as_rfc_4180_says(string text, string expected)
    {
        var diagnostics = new DiagnosticBag();
        var records = CsvReader.Read("data/t.csv", text, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(expected, Show(records!));
    }

    [Fact]
    public void Csv_fields_know_their_line_and_column_even_after_a_quoted_line_break()
    {
        var records = CsvReader.Read("data/t.csv", "a,b\n\"x\ny\",z\nlots,2\n", new DiagnosticBag())!;
        Assert.Equal(2, records[1].Line);
        Assert.Equal(new SourcePosition(3, 4), records[1].Fields[1].At);
        Assert.Equal(4, records[2].Line);
        Assert.Equal(new SourcePosition(4, 6), records[2].Fields[1].At);
    }

    [Theory]
    [InlineData("a\n\"abc", 2, 1, "never closed")]
    [InlineData("a\n\"abc\"x", 2, 6, "after the closing quote")]
    [InlineData("a\nab\"c", 2, 3, "double quote inside a field")]
    [InlineData("a,b\n1,2,3", 2, 5, "3 fields but the header has 2")]
    [InlineData("a,b\n1", 2, 1, "1 field but the header has 2")]
    [InlineData("a,a\n1,2", 1, 3, "the column 'a' twice")]
    [InlineData("a,,c\n1,2,3", 1, 3, "column 2 of the header has no name")]
    public void Csv_mistakes_name_their_line_and_column(string text, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(CsvRows.Parse("data/t.csv", text, diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("data/t.csv", line, column), (error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Json_and_yaml_mistakes_name_their_line_and_column()
    {
        var json = new DiagnosticBag();
        Assert.Null(JsonData.Parse("data/x.json", "[\n  {\"a\": 1,}\n]", json));
        var error = Assert.Single(json.Sorted());
        Assert.Equal(("data/x.json", 2, 11), (error.File, error.Line, error.Column));

        var yaml = new DiagnosticBag();
        Assert.Null(YamlData.Parse("data/x.yml", "items:\n  - a\n - b\n", yaml));
        Assert.Equal(3, Assert.Single(yaml.Sorted()).Line);
    }

    [Fact]
    public void Json_values_remember_where_they_were_written()
    {
        var root = (DataList)JsonData.Parse("data/x.json", "[\n  {\"soc_code\": \"11-1021\", \"wage\": 105350}\n]", new DiagnosticBag())!;
        var row = (DataMap)root.Items[0];
        Assert.Equal(new SourcePosition(2, 16), row.Get("soc_code")!.At);
        Assert.Equal(new SourcePosition(2, 35), row.Get("wage")!.At);
        Assert.Equal(ScalarKind.Number, ((DataScalar)row.Get("wage")!).Kind);
    }

    [Fact]
    public void Data_files_reach_templates_as_site_data_by_file_name()
    {
        // Given a CSV, a JSON, a YAML file and one in a subfolder
        var site = TestSite.BuildClean(Profile("a", "A") + """
            -- data/people.csv --
            name,age
            "Lee, Ann",30
            Bo,41
            -- data/facts.json --
            {"count": 41, "share": 0.5, "ok": true, "none": null}
            -- data/menu.yml --
            items: [Home, "Careers", 3]
            -- data/bls/extra.yaml --
            note: from a subfolder
            -- templates/home.html --
            People: {{ for p in site.data.people }}{{ p.name }}={{ p.age }};{{ end }}|Count+1: {{ site.data.facts.count + 1 }}|Share: {{ site.data.facts.share }}|Ok: {{ site.data.facts.ok }}|None: {{ site.data.facts.none ?? "null" }}|Menu: {{ site.data.menu.items | array.join "," }}|Nested: {{ site.data.bls.extra.note }}|
            """);

        // Then every value is there: CSV cells as text, JSON and YAML typed
        site.AssertFile("index.html", "People: Lee, Ann=30;Bo=41;|Count+1: 42|Share: 0.5|Ok: true|None: null|Menu: Home,Careers,3|Nested: from a subfolder|");
    }

    [Fact]
    public void Site_data_is_read_only_for_templates()
    {
        var site = TestSite.Build(Profile("a", "A") + """
            -- data/facts.json --
            {"count": 41}
            -- templates/home.html --
            {{ site.data.facts.count = 5 }}
            """);
        Assert.Contains(site.Errors, e => e.File == "templates/home.html");
    }

    [Fact]
    public void Two_data_files_with_the_same_name_are_an_error_naming_both()
    {
        var site = TestSite.Build(Profile("a", "A") + """
            -- data/jobs.csv --
            a
            1
            -- data/jobs.json --
            [1]
            """);
        var error = Assert.Single(site.Errors);
        Assert.Equal("data/jobs.json", error.File);
        Assert.Contains("data/jobs.csv", error.Message);
        Assert.Contains("site.data.jobs", error.Message);
    }

    [Fact]
    public void A_broken_data_file_is_reported_with_its_source_line()
    {
        var site = TestSite.Build(Profile("a", "A") + """
            -- data/jobs.csv --
            title,pay
            "Nurse,1
            """);
        var error = Assert.Single(site.Errors);
        Assert.Equal(("data/jobs.csv", 2, 1), (error.File, error.Line, error.Column));
        var printed = new StringWriter();
        DiagnosticPrinter.Print(printed, site.Result.Diagnostics, site.Source.TextOf);
        Assert.Contains(" 2 | \"Nurse,1", printed.ToString());
    }
}
