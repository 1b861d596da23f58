using ProfileGen.Content;
using ProfileGen.Schema;
using ProfileGen.Tests.Support;

namespace ProfileGen.Tests;

/// <summary><c>profilegen new</c> and <c>profilegen schema</c>: starting a profile and wiring up an editor.</summary>
[Collection("console")]
public class AuthoringCommandTests
{
    [Fact]
    public void New_writes_a_profile_with_every_field_that_builds_cleanly()
    {
        // Given an empty site
        using var site = new TempFolder();

        // When a profile is started
        var (code, output, error) = CommandLine.Run("new", "Data Scientists", "--category", "Math", "--source", site.Path);

        // Then profiles/<slug>.md holds every field of the content model, each commented
        Assert.Equal(0, code);
        Assert.Contains("Created profiles/data-scientists.md", output);
        var text = File.ReadAllText(Path.Combine(site.Path, "profiles", "data-scientists.md"));
        foreach (var field in FrontMatterFields.All)
            Assert.Matches($"(?m)^(# )?{field.Name}: .*  # .+$", text);
        Assert.Contains("title: \"Data Scientists\"", text);
        Assert.Contains("category: \"Math\"", text);
        Assert.Matches(@"(?m)^date: \d{4}-\d{2}-\d{2}  #", text);

        // And the site builds and checks without errors or warnings
        var (checkCode, checkOutput, checkError) = CommandLine.Run("check", "--source", site.Path, "--strict");
        Assert.True(checkCode == 0, checkOutput + checkError + error);
    }

    [Fact]
    public void New_refuses_to_overwrite_an_existing_profile()
    {
        using var site = new TempFolder();
        var existing = site.Write("profiles/data-scientists.md", "my own work");

        var (code, _, error) = CommandLine.Run("new", "Data Scientists", "--source", site.Path);

        Assert.Equal(1, code);
        Assert.Contains("profiles/data-scientists.md already exists; refusing to overwrite it", error);
        Assert.Equal("my own work", File.ReadAllText(existing));
    }

    [Fact]
    public void New_quotes_a_title_that_yaml_would_misread()
    {
        using var site = new TempFolder();
        Assert.Equal(0, CommandLine.Run("new", "Chefs: \"Head\" & #1 Cooks", "--source", site.Path).ExitCode);
        var (code, output, error) = CommandLine.Run("check", "--source", site.Path);
        Assert.True(code == 0, output + error);
        var text = File.ReadAllText(Directory.GetFiles(Path.Combine(site.Path, "profiles")).Single());
        Assert.Contains("title: \"Chefs: \\\"Head\\\" & #1 Cooks\"", text);
    }

    [Fact]
    public void Schema_prints_the_json_schema_kept_in_the_repository()
    {
        var (code, output, _) = CommandLine.Run("schema");
        Assert.Equal(0, code);
        var kept = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "schema", "profile.schema.json"));
        Assert.True(kept == output, "schema/profile.schema.json is stale: run `profilegen schema > schema/profile.schema.json`");
    }

    [Fact]
    public void The_schema_describes_exactly_the_fields_the_parser_knows()
    {
        Assert.Equal(FrontMatterParser.KnownFields.Order(), FrontMatterFields.All.Select(f => f.Name).Order());
        using var schema = System.Text.Json.JsonDocument.Parse(ProfileSchema.Generate());
        var properties = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name);
        Assert.Equal(FrontMatterParser.KnownFields.Order(), properties.Order());
        Assert.Equal(["category", "date", "title"], schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order());
    }
}
