using System.Globalization;
using System.Text;

namespace ProfileGen.Schema;

/// <summary>
/// The text of a new profile for <c>profilegen new</c>: every field of the content model, each with
/// a comment saying what it is for; the required ones filled in, the optional ones commented out
/// with an example so the file builds as it is and the author uncomments what they have.
/// </summary>
public static class NewProfile
{
    public static string Text(string title, string category, DateOnly date)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("# Front matter: the fields of the content model. Required fields first; uncomment the others as you fill them in.\n");
        text.Append("# Schema for editors: `profilegen schema` (see the README).\n");
        foreach (var field in FrontMatterFields.All)
        {
            var value = field.Name switch
            {
                "title" => Quote(title),
                "category" => Quote(category),
                "date" => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => null,
            };
            var example = field.Name == "slug" ? Model.Slug.From(title) : field.Example;
            var line = $"{field.Name}: {value ?? example}";
            text.Append(value is null ? "# " + line : line);
            text.Append($"  # {(field.Required ? "required. " : "")}{field.Description}\n");
        }
        text.Append("---\n\n");
        text.Append($"## What {title} Do\n\nDescribe the work here. The first paragraph is the page's summary unless `summary` is set.\n\n");
        text.Append("## How to Become One\n\n## Pay\n\n## Job Outlook\n");
        return text.ToString();
    }

    /// <summary>A YAML double-quoted scalar: backslashes and quotes escaped, control characters as escapes.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': text.Append("\\\\"); break;
                case '"': text.Append("\\\""); break;
                case '\n': text.Append("\\n"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        return text.Append('"').ToString();
    }
}
