namespace ProfileGen.Schema;

/// <summary>
/// The content model of a profile's front matter (DESIGN.md, README "For authors"), field by field,
/// with the limits <see cref="Content.FrontMatterParser"/> enforces. Keep the two in step: a test
/// compares these names with the parser's known fields.
/// </summary>
public static class FrontMatterFields
{
    public const string DatePattern = @"^\d{4}-\d{2}-\d{2}([Tt ].+)?$";
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string SocPattern = @"^\d{2}-\d{4}(\.\d{2})?$";

    public static readonly IReadOnlyList<FrontMatterField> All =
    [
        new("title", FieldType.Text, true, "The career's name: the page heading and <title>.", "\"Librarians and Library Media Specialists\""),
        new("date", FieldType.Date, true, "First publication, YYYY-MM-DD.", "2025-09-14") { Pattern = DatePattern },
        new("category", FieldType.Text, true, "The occupational group; its page is /categories/<slug>/.", "\"Education, Training, and Library\""),
        new("lastmod", FieldType.Date, false, "Last update, shown as \"Last updated\"; defaults to date.", "2025-12-11") { Pattern = DatePattern },
        new("slug", FieldType.Slug, false, "Overrides the file name in the URL; only a-z, 0-9 and '-'.", "librarians") { Pattern = SlugPattern },
        new("tags", FieldType.TextList, false, "Each tag gets a page at /tags/<slug>/.", "[libraries, education]"),
        new("summary", FieldType.Text, false, "Meta description and cards; otherwise the body's first paragraph.", "\"Librarians help people find information and use it.\""),
        new("soc_code", FieldType.Text, false, "Standard Occupational Classification code, NN-NNNN.", "\"25-4022\"") { Pattern = SocPattern },
        new("employment", FieldType.WholeNumber, false, "Total employment, without thousands separators.", "142100") { Minimum = 0, Maximum = 1_000_000_000 },
        new("employment_year", FieldType.WholeNumber, false, "The year of the employment figure.", "2024") { Minimum = 1900, Maximum = 2200 },
        new("median_wage", FieldType.Number, false, "Median pay in US dollars: annual, or hourly with wage_unit: hour.", "64320") { Minimum = 0, Maximum = 100_000_000 },
        new("wage_year", FieldType.WholeNumber, false, "The year of the wage figure.", "2024") { Minimum = 1900, Maximum = 2200 },
        new("wage_unit", FieldType.Text, false, "Whether median_wage is per year (default) or per hour.", "year") { Choices = ["year", "hour"] },
        new("growth_rate", FieldType.Number, false, "Projected employment change, in percent.", "2") { Minimum = -100, Maximum = 1000 },
        new("growth_period", FieldType.Text, false, "The projection period.", "\"2024-34\""),
        new("education", FieldType.Text, false, "Typical entry-level education.", "\"Master's degree\""),
        new("key_takeaways", FieldType.TextList, false, "The Key Takeaways box.", "[\"Half of all librarians earned more than $64,320 in May 2024.\"]"),
        new("common_names", FieldType.TextList, false, "Other job titles for the career (the Common Names list).", "[Catalog Librarian, School Librarian]"),
        new("sources", FieldType.Sources, false, "Cited sources as {name, url}; only http, https and mailto URLs are linked.",
            "[{name: \"Bureau of Labor Statistics, Occupational Outlook Handbook\", url: \"https://www.bls.gov/ooh/\"}]"),
        new("related", FieldType.SlugList, false, "Careers (by slug) pinned first in \"You Might Also Like\", in this order.", "[library-technicians-and-assistants]"),
        new("draft", FieldType.Boolean, false, "Left out of the site unless --drafts.", "true"),
        new("layout", FieldType.Text, false, "Wraps this page in templates/layouts/<layout>.html instead of base.html.", "wide"),
        new("weight", FieldType.WholeNumber, false, "Order for prev_next.order: weight.", "10") { Minimum = int.MinValue, Maximum = int.MaxValue },
    ];
}
