using ProfileGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ProfileGen.Content;

/// <summary>Turns the YAML of a profile's front matter into <see cref="ProfileFrontMatter"/>, reporting every problem at its line and column.</summary>
public static class FrontMatterParser
{
    public static readonly string[] KnownFields =
    [
        "title", "slug", "date", "lastmod", "category", "tags", "summary", "soc_code",
        "employment", "employment_year", "median_wage", "wage_year", "wage_unit", "growth_rate", "growth_period",
        "education", "key_takeaways", "common_names", "sources", "related", "draft", "layout", "weight",
    ];

    private static readonly string[] RequiredFields = ["title", "date", "category"];

    public static ProfileFrontMatter? Parse(string file, FrontMatterSplit split, DiagnosticBag diagnostics)
    {
        var yaml = new YamlReader(file, split.YamlFirstLine - 1, diagnostics);
        var root = yaml.ParseMapping(split.Yaml, "the front matter");
        if (root is null) return null;

        var fm = new ProfileFrontMatter();
        var positions = new FieldPositions();
        var extra = new SortedDictionary<string, object?>(StringComparer.Ordinal);

        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            positions.Set(key, yaml.At(value));
            switch (key)
            {
                case "title": fm = fm with { Title = NonEmpty(yaml, value, key) }; break;
                case "slug": fm = fm with { Slug = ValidSlug(yaml, value) }; break;
                case "date": fm = fm with { Date = yaml.Date(value, key) }; break;
                case "lastmod": fm = fm with { Lastmod = yaml.Date(value, key) }; break;
                case "category": fm = fm with { Category = NonEmpty(yaml, value, key) }; break;
                case "tags": fm = fm with { Tags = Texts(yaml, value, key) }; break;
                case "summary": fm = fm with { Summary = yaml.String(value, key) }; break;
                case "soc_code": fm = fm with { SocCode = SocCode(yaml, value) }; break;
                case "employment": fm = fm with { Employment = yaml.Integer(value, key, 0, 1_000_000_000) }; break;
                case "employment_year": fm = fm with { EmploymentYear = (int?)yaml.Integer(value, key, 1900, 2200) }; break;
                case "median_wage": fm = fm with { MedianWage = yaml.Number(value, key, 0, 100_000_000) }; break;
                case "wage_year": fm = fm with { WageYear = (int?)yaml.Integer(value, key, 1900, 2200) }; break;
                case "wage_unit":
                    var unit = yaml.String(value, key);
                    if (unit is "year" or "hour") fm = fm with { WageUnit = unit };
                    else if (unit is not null) yaml.Error(value, $"'wage_unit' must be 'year' or 'hour', got {YamlReader.Describe(value)}");
                    break;
                case "growth_rate": fm = fm with { GrowthRate = yaml.Number(value, key, -100, 1000) }; break;
                case "growth_period": fm = fm with { GrowthPeriod = yaml.String(value, key) }; break;
                case "education": fm = fm with { Education = yaml.String(value, key) }; break;
                case "key_takeaways": fm = fm with { KeyTakeaways = Texts(yaml, value, key) }; break;
                case "common_names": fm = fm with { CommonNames = Texts(yaml, value, key) }; break;
                case "sources": fm = fm with { Sources = Sources(yaml, value) }; break;
                case "related":
                    fm = fm with { Related = yaml.StringList(value, key).Select(x => (x.Value.Trim(), yaml.At(x.Node))).ToList() };
                    break;
                case "draft": fm = fm with { Draft = yaml.Boolean(value, key) ?? false }; break;
                case "layout": fm = fm with { Layout = yaml.String(value, key) }; break;
                case "weight": fm = fm with { Weight = (int)(yaml.Integer(value, key, int.MinValue, int.MaxValue) ?? 0) }; break;
                default:
                    var suggestion = Suggestions.Closest(key, KnownFields);
                    yaml.Warning(keyNode, $"unknown field '{key}' is kept as page.params.{key}",
                        suggestion is null ? null : $"did you mean '{suggestion}'?");
                    extra[key] = PlainValue(value);
                    break;
            }
        }

        foreach (var required in RequiredFields)
        {
            if (!positions.ContainsKey(required))
                diagnostics.Add(Diagnostic.Error(file, new SourcePosition(1, 1), $"missing required field '{required}'",
                    required == "date" ? "add a line such as: date: 2025-04-18" : $"add a line such as: {required}: ..."));
        }

        return fm with { Positions = positions, Params = extra, Lastmod = fm.Lastmod ?? fm.Date };
    }

    private static string? NonEmpty(YamlReader yaml, YamlNode node, string field)
    {
        var text = yaml.String(node, field)?.Trim();
        if (text is null || text.Length == 0)
        {
            yaml.Error(node, $"'{field}' must not be empty");
            return null;
        }
        return text;
    }

    private static List<string> Texts(YamlReader yaml, YamlNode node, string field) =>
        yaml.StringList(node, field).Select(x => x.Value.Trim()).Where(x => x.Length > 0).ToList();

    private static string? ValidSlug(YamlReader yaml, YamlNode node)
    {
        var slug = yaml.String(node, "slug");
        if (slug is null) return null;
        if (Model.Slug.IsValid(slug)) return slug;
        yaml.Error(node, $"'slug' must use only lowercase letters a-z, digits and '-', got {YamlReader.Describe(node)}",
            "for example: slug: " + Model.Slug.From(slug));
        return null;
    }

    private static string? SocCode(YamlReader yaml, YamlNode node)
    {
        var code = yaml.String(node, "soc_code")?.Trim();
        if (code is null) return null;
        if (System.Text.RegularExpressions.Regex.IsMatch(code, @"^\d{2}-\d{4}(\.\d{2})?$")) return code;
        yaml.Error(node, $"'soc_code' must look like 25-4022, got {YamlReader.Describe(node)}");
        return null;
    }

    private static List<SourceLink> Sources(YamlReader yaml, YamlNode node)
    {
        var result = new List<SourceLink>();
        if (YamlReader.IsNull(node)) return result;
        if (node is not YamlSequenceNode items)
        {
            yaml.Error(node, $"'sources' must be a list of {{name, url}} entries, got {YamlReader.Describe(node)}",
                "write each source on its own line as '- name: …' with 'url: …' on the line below it");
            return result;
        }
        foreach (var item in items)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { Length: > 0 } text }:
                    result.Add(new SourceLink(text, null));
                    break;
                case YamlMappingNode map:
                    string? name = null, url = null;
                    YamlNode? urlNode = null;
                    foreach (var (k, v) in map.Children)
                    {
                        var key = (k as YamlScalarNode)?.Value;
                        if (key == "name") name = yaml.String(v, "sources.name");
                        else if (key == "url") { url = yaml.String(v, "sources.url"); urlNode = v; }
                        else yaml.Warning(k, $"unknown key '{key}' in a source is ignored", "a source has 'name' and 'url'");
                    }
                    if (url is not null && !Model.SafeUrl.IsAllowed(url))
                    {
                        yaml.Warning(urlNode!, $"the source URL {YamlReader.Describe(urlNode!)} is dropped: only http, https and mailto links are allowed");
                        url = null;
                    }
                    if (name is null && url is null) yaml.Error(item, "a source needs a 'name' or a 'url'");
                    else result.Add(new SourceLink(name ?? url!, url));
                    break;
                default:
                    yaml.Error(item, $"each source must be a name or a {{name, url}} entry, got {YamlReader.Describe(item)}");
                    break;
            }
        }
        return result;
    }

    /// <summary>An unknown field's value as plain data for templates: text, a list or a mapping.</summary>
    private static object? PlainValue(YamlNode node) => node switch
    {
        YamlScalarNode s => YamlReader.IsNull(s) ? null : s.Value,
        YamlSequenceNode seq => seq.Children.Select(PlainValue).ToList(),
        YamlMappingNode map => ToDictionary(map),
        _ => null,
    };

    private static SortedDictionary<string, object?> ToDictionary(YamlMappingNode map)
    {
        var result = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children) result[(k as YamlScalarNode)?.Value ?? ""] = PlainValue(v);
        return result;
    }
}
