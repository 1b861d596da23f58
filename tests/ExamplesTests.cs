using ProfileGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ProfileGen.Tests;

/// <summary>The ready-made CI workflows in examples/ are valid YAML and run the commands the README documents.</summary>
public class ExamplesTests
{
    [Theory]
    [InlineData("examples/github-pages/.github/workflows/pages.yml")]
    [InlineData("examples/gitlab-pages/.gitlab-ci.yml")]
    public void Workflow_parses_as_yaml_and_builds_with_a_base_url(string path)
    {
        var text = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, path));
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode);
        Assert.NotEmpty(root.Children);
        Assert.Contains("profilegen build --base-url", text);
        Assert.Contains("dotnet tool install", text);
    }

    [Fact]
    public void Rsync_script_builds_before_it_copies()
    {
        var text = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "examples/rsync/deploy.sh"));
        Assert.True(text.IndexOf("profilegen build", StringComparison.Ordinal) < text.IndexOf("rsync ", StringComparison.Ordinal));
        Assert.StartsWith("#!/usr/bin/env bash", text);
    }
}
