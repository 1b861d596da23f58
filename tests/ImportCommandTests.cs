using ProfileGen.Tests.Support;

namespace ProfileGen.Tests;

/// <summary>profilegen import ooh FILE --out data/NAME.csv, run in-process.</summary>
[Collection("console")]
public class ImportCommandTests
{
    private const string Export = """
        [
          {"title": "Librarians", "soc_code": "25-4022", "employment": 142100, "employment_year": 2024, "median_pay_annual": 64320, "median_pay_year": 2024},
          {"title": "Military Careers", "soc_code": null}
        ]
        """;

    [Fact]
    public void Import_writes_a_figure_table_and_says_what_it_skipped()
    {
        using var folder = new TempFolder();
        var input = folder.Write("ooh.json", Export);
        var output = Path.Combine(folder.Path, "data", "ooh-2024.csv");

        var (code, stdout, stderr) = CommandLine.Run("import", "ooh", input, "--out", output);

        Assert.True(code == 0, stderr);
        Assert.Contains("Wrote 1 rows", stdout);
        Assert.Contains("Skipped 1 record without a soc_code: Military Careers.", stdout);
        Assert.Equal("soc_code,title,employment,employment_year,median_wage,median_wage_hourly,wage_year,growth_rate,growth_period,education\n" +
                     "25-4022,Librarians,142100,2024,64320,,2024,,,\n", File.ReadAllText(output));
    }

    [Fact]
    public void Import_refuses_to_overwrite_an_existing_table_unless_forced()
    {
        using var folder = new TempFolder();
        var input = folder.Write("ooh.json", Export);
        var output = folder.Write("data/ooh-2024.csv", "hand-edited\n");

        var (code, _, stderr) = CommandLine.Run("import", "ooh", input, "--out", output);
        Assert.Equal(2, code);
        Assert.Contains("already exists", stderr);
        Assert.Equal("hand-edited\n", File.ReadAllText(output));

        (code, _, stderr) = CommandLine.Run("import", "ooh", input, "--out", output, "--force");
        Assert.True(code == 0, stderr);
        Assert.StartsWith("soc_code,", File.ReadAllText(output));
    }

    [Fact]
    public void A_malformed_export_is_reported_at_file_line_and_column_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var input = folder.Write("ooh.csv", "soc_code,title,employment_2024\n25-4022,Librarians,lots\n");
        var output = Path.Combine(folder.Path, "data", "t.csv");

        var (code, _, stderr) = CommandLine.Run("import", "ooh", input, "--out", output);

        Assert.Equal(1, code);
        Assert.Contains("ooh.csv:2:20: error: 'employment_2024' must be a whole number, got \"lots\"", stderr);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("bls", "ooh.json", "data/t.csv", "unknown import format 'bls'")]
    [InlineData("ooh", "ooh.json", "data/t.json", "must end in .csv")]
    [InlineData("ooh", "missing.json", "data/t.csv", "does not exist")]
    public void Usage_mistakes_exit_with_code_2(string format, string input, string output, string message)
    {
        using var folder = new TempFolder();
        folder.Write("ooh.json", Export);
        var (code, _, stderr) = CommandLine.Run("import", format, Path.Combine(folder.Path, input), "--out", Path.Combine(folder.Path, output));
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
    }
}
