using System.Globalization;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ProfileGen.Config;

/// <summary>Parses profilegen.yml. Every key is optional; unknown keys are warned about with a suggestion.</summary>
public static class ConfigParser
{
    public const string FileName = "profilegen.yml";

    private static readonly string[] TopKeys =
        ["title", "description", "base_url", "language", "author", "related", "prev_next", "pagination", "markdown", "figures", "figures_max_age", "home", "feed"];

    public static SiteConfig Parse(SourceFile? file, DiagnosticBag diagnostics)
    {
        var config = new SiteConfig();
        if (file is null) return config;
        var yaml = new YamlReader(file.Path, 0, diagnostics);
        var root = yaml.ParseMapping(file.Text, file.Path);
        if (root is null) return config;

        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            switch (key)
            {
                case "title": config = config with { Title = yaml.String(value, key) ?? config.Title }; break;
                case "description": config = config with { Description = yaml.String(value, key) ?? config.Description }; break;
                case "author": config = config with { Author = yaml.String(value, key) }; break;
                case "base_url":
                    var url = yaml.String(value, key);
                    if (url is not null)
                    {
                        if (BaseUrl.Normalize(url) is { } normalized) config = config with { BaseUrl = normalized };
                        else yaml.Error(value, $"'base_url' must be an absolute http or https URL, got {YamlReader.Describe(value)}", "for example: base_url: \"https://example.org/careers/\"");
                    }
                    break;
                case "language":
                    var language = yaml.String(value, key);
                    if (language is not null)
                    {
                        if (IsKnownCulture(language)) config = config with { Language = language };
                        else yaml.Error(value, $"'language' must be a language tag such as en-US, got {YamlReader.Describe(value)}");
                    }
                    break;
                case "related": config = config with { Related = ParseRelated(value, yaml, config.Related) }; break;
                case "prev_next":
                    foreach (var (k, v) in Section(value, key, yaml, ["order"]))
                    {
                        var order = yaml.String(v, "prev_next.order");
                        if (order is "title" or "date" or "weight") config = config with { PrevNextOrder = order };
                        else if (order is not null) yaml.Error(v, $"'prev_next.order' must be title, date or weight, got {YamlReader.Describe(v)}");
                    }
                    break;
                case "pagination":
                    foreach (var (k, v) in Section(value, key, yaml, ["size"]))
                        config = config with { PaginationSize = (int)(yaml.Integer(v, "pagination.size", 1, 100_000) ?? config.PaginationSize) };
                    break;
                case "markdown":
                    foreach (var (k, v) in Section(value, key, yaml, ["unsafe_html"]))
                        config = config with { UnsafeHtml = yaml.Boolean(v, "markdown.unsafe_html") ?? false };
                    break;
                case "home":
                    foreach (var (k, v) in Section(value, key, yaml, ["recent"]))
                        config = config with { RecentCount = (int)(yaml.Integer(v, "home.recent", 0, 1000) ?? config.RecentCount) };
                    break;
                case "feed":
                    foreach (var (k, v) in Section(value, key, yaml, ["limit"]))
                        config = config with { FeedCount = (int)(yaml.Integer(v, "feed.limit", 1, 100_000) ?? config.FeedCount) };
                    break;
                case "figures":
                    var tables = yaml.StringList(value, key);
                    config = config with
                    {
                        Figures = tables.Select(x => x.Value).ToList(),
                        Positions = Positions(config, tables.Select((x, i) => ($"figures[{i}]", yaml.At(x.Node)))),
                    };
                    break;
                case "figures_max_age":
                    config = config with
                    {
                        FiguresMaxAge = (int)(yaml.Integer(value, key, 0, 200) ?? config.FiguresMaxAge),
                        Positions = Positions(config, [(key, yaml.At(value))]),
                    };
                    break;
                default:
                    var suggestion = Suggestions.Closest(key, TopKeys);
                    yaml.Warning(keyNode, $"unknown setting '{key}' is ignored", suggestion is null ? $"known settings: {string.Join(", ", TopKeys)}" : $"did you mean '{suggestion}'?");
                    break;
            }
        }
        return config;
    }

    private static Dictionary<string, SourcePosition> Positions(SiteConfig config, IEnumerable<(string Key, SourcePosition At)> added)
    {
        var positions = new Dictionary<string, SourcePosition>(config.Positions);
        foreach (var (key, at) in added) positions[key] = at;
        return positions;
    }

    private static RelatedConfig ParseRelated(YamlNode node, YamlReader yaml, RelatedConfig related)
    {
        foreach (var (key, value) in Section(node, "related", yaml, ["count", "threshold", "weights"]))
        {
            switch (key)
            {
                case "count": related = related with { Count = (int)(yaml.Integer(value, "related.count", 0, 100) ?? related.Count) }; break;
                case "threshold": related = related with { Threshold = (double)(yaml.Number(value, "related.threshold", 0, 1000) ?? (decimal)related.Threshold) }; break;
                case "weights":
                    var w = related.Weights;
                    foreach (var (k, v) in Section(value, "related.weights", yaml, ["text", "category", "soc_major", "soc_minor", "tags", "education"]))
                    {
                        var n = (double?)yaml.Number(v, $"related.weights.{k}", 0, 1000);
                        if (n is not { } x) continue;
                        w = k switch
                        {
                            "text" => w with { Text = x },
                            "category" => w with { Category = x },
                            "soc_major" => w with { SocMajor = x },
                            "soc_minor" => w with { SocMinor = x },
                            "tags" => w with { Tags = x },
                            _ => w with { Education = x },
                        };
                    }
                    related = related with { Weights = w };
                    break;
            }
        }
        return related;
    }

    /// <summary>The known keys of a nested section; unknown ones are warned about.</summary>
    private static IEnumerable<(string Key, YamlNode Value)> Section(YamlNode node, string name, YamlReader yaml, string[] known)
    {
        if (YamlReader.IsNull(node)) yield break;
        if (node is not YamlMappingNode mapping)
        {
            yaml.Error(node, $"'{name}' must be a mapping of settings, got {YamlReader.Describe(node)}");
            yield break;
        }
        foreach (var (k, v) in mapping.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (known.Contains(key)) yield return (key, v);
            else
            {
                var suggestion = Suggestions.Closest(key, known);
                yaml.Warning(k, $"unknown setting '{name}.{key}' is ignored", suggestion is null ? $"known settings: {string.Join(", ", known)}" : $"did you mean '{suggestion}'?");
            }
        }
    }

    private static bool IsKnownCulture(string name)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return !culture.Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
