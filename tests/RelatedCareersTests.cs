using ProfileGen.Build;
using ProfileGen.Model.Related;
using ProfileGen.Output;
using ProfileGen.Tests.Support;
using static ProfileGen.Tests.Support.Profiles;

namespace ProfileGen.Tests;

/// <summary>"You Might Also Like": pins, text similarity, structured signals and the settings in profilegen.yml.</summary>
public class RelatedCareersTests
{
    /// <summary>A profile page that prints only the related careers' slugs.</summary>
    internal const string Probe = """

        -- templates/profile.html --
        Related: {{ for r in page.related }}{{ r.slug }},{{ end }}|
        """;

    private const string NursingText = "Nurses care for patients in hospitals, give medicines, watch vital signs and teach patients about their illnesses.";
    private const string PatientText = "Nursing assistants help patients in hospitals and nursing homes: they bathe patients, take vital signs and report to nurses.";
    private const string WoodText = "Carpenters build wooden frames, install cabinets and stairs, and read blueprints on construction sites.";
    private const string LawText = "Lawyers advise clients, draft contracts and argue cases in court before judges and juries.";

    private static string RelatedOf(TestSite site, string slug)
    {
        var text = site.File($"careers/{slug}/index.html");
        var start = text.IndexOf("Related: ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"careers/{slug}/index.html has no probe output:\n{text}");
        start += "Related: ".Length;
        return text[start..text.IndexOf('|', start)];
    }

    private static string[] Slugs(string related) => related.Split(',', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Pinned_careers_come_first_in_their_given_order_then_the_most_similar()
    {
        // Given a career that pins two unrelated careers, and a third career that shares its words
        var site = TestSite.BuildClean(
            Profile("nurses", "Registered Nurses", "Healthcare", "related: [lawyers, carpenters]", NursingText)
            + Profile("nursing-assistants", "Nursing Assistants", "Healthcare", body: PatientText)
            + Profile("carpenters", "Carpenters", "Construction", body: WoodText)
            + Profile("lawyers", "Lawyers", "Legal", body: LawText)
            + Probe);

        // Then the pins lead in the order the front matter gives, and the similar career follows
        Assert.Equal("lawyers,carpenters,nursing-assistants,", RelatedOf(site, "nurses"));
        // And without pins, the career sharing most words comes first
        Assert.StartsWith("nurses,", RelatedOf(site, "nursing-assistants"));
    }

    [Fact]
    public void A_pinned_slug_that_does_not_exist_is_a_warning_naming_the_file_and_line()
    {
        // Given a pin to a career that exists and one to a career that does not
        var site = TestSite.BuildClean(
            Profile("nurses", "Registered Nurses", "Healthcare", "related: [nursing-asistants, lawyers]", NursingText)
            + Profile("nursing-assistants", "Nursing Assistants", "Healthcare", body: PatientText)
            + Profile("lawyers", "Lawyers", "Legal", body: LawText)
            + Probe);

        // Then the build succeeds with a warning at the pin's line, suggesting the closest slug
        var warning = Assert.Single(site.Warnings);
        Assert.Equal(("profiles/nurses.md", 5), (warning.File, warning.Line));
        Assert.Contains("'nursing-asistants'", warning.Message);
        Assert.Contains("'nursing-assistants'", warning.Hint);
        // And the existing pin still leads the list, the missing one is skipped
        Assert.Equal("lawyers,nursing-assistants,", RelatedOf(site, "nurses"));
    }

    [Fact]
    public void A_career_never_lists_itself_and_never_lists_a_career_twice()
    {
        // Given a career that pins itself and pins another career twice, which is also its closest match
        var site = TestSite.Build(
            Profile("nurses", "Registered Nurses", "Healthcare", "related: [nurses, nursing-assistants, nursing-assistants]", NursingText)
            + Profile("nursing-assistants", "Nursing Assistants", "Healthcare", body: PatientText)
            + Profile("carpenters", "Carpenters", "Healthcare", body: WoodText)
            + Profile("lawyers", "Lawyers", "Healthcare", body: LawText)
            + """
            -- profilegen.yml --
            related:
              count: 10
            """
            + Probe);

        // Then every other career appears exactly once, the pin first, and the career itself never
        var related = Slugs(RelatedOf(site, "nurses"));
        Assert.Equal("nursing-assistants", related[0]);
        Assert.Equal(["carpenters", "lawyers", "nursing-assistants"], related.Order());
        foreach (var slug in new[] { "nursing-assistants", "carpenters", "lawyers" })
        {
            var list = Slugs(RelatedOf(site, slug));
            Assert.DoesNotContain(slug, list);
            Assert.Equal(list.Length, list.Distinct().Count());
            Assert.Equal(3, list.Length);
        }
        Assert.Contains(site.Warnings, w => w.File == "profiles/nurses.md" && w.Message.Contains("itself", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public void The_list_has_related_count_entries_whenever_enough_careers_are_related(int count)
    {
        // Given eight careers of one category, with different text, and a configured count
        var careers = string.Concat(Enumerable.Range(1, 8).Select(k =>
            Profile($"c{k}", $"Career {k}", "Healthcare", body: k % 2 == 0 ? NursingText : WoodText)));
        var site = TestSite.BuildClean(careers + $"""

            -- profilegen.yml --
            related:
              count: {count}
            """ + Probe);

        // Then every page lists exactly that many, since seven others share the category
        for (var k = 1; k <= 8; k++) Assert.Equal(count, Slugs(RelatedOf(site, $"c{k}")).Length);
    }

    [Fact]
    public void With_fewer_related_careers_than_the_count_the_list_is_shorter_not_padded()
    {
        // Given three careers in three categories, with no words, tags or codes in common
        var site = TestSite.BuildClean(
            Profile("nurses", "Nurses", "Healthcare", body: NursingText)
            + Profile("carpenters", "Carpenters", "Construction", body: WoodText)
            + Profile("lawyers", "Lawyers", "Legal", body: LawText)
            + Probe);

        // Then nobody is suggested just to fill the five places
        Assert.Equal("", RelatedOf(site, "nurses"));
        Assert.Equal("", RelatedOf(site, "lawyers"));
    }

    [Fact]
    public void Careers_without_a_single_word_to_compare_still_build()
    {
        // Given careers whose titles and bodies hold no word at all (drafts of a new site)
        var site = TestSite.BuildClean(Profile("a", "A", "One", body: "") + Profile("b", "B", "Two", body: "…") + Probe);

        // Then the site builds, and neither suggests the other
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.Equal("", RelatedOf(site, "a"));
    }

    [Fact]
    public void A_count_of_zero_shows_only_the_pins_and_a_lone_career_lists_nothing()
    {
        var pinsOnly = TestSite.BuildClean(
            Profile("nurses", "Registered Nurses", "Healthcare", "related: [lawyers]", NursingText)
            + Profile("nursing-assistants", "Nursing Assistants", "Healthcare", body: PatientText)
            + Profile("lawyers", "Lawyers", "Legal", body: LawText)
            + "\n-- profilegen.yml --\nrelated:\n  count: 0\n" + Probe);
        Assert.Equal("lawyers,", RelatedOf(pinsOnly, "nurses"));
        Assert.Equal("", RelatedOf(pinsOnly, "nursing-assistants"));

        var alone = TestSite.BuildClean(Profile("nurses", "Registered Nurses", "Healthcare", body: NursingText) + Probe);
        Assert.Equal("", RelatedOf(alone, "nurses"));
    }

    [Fact]
    public void Ties_go_to_the_earlier_title_whatever_the_file_names()
    {
        // Given five identical careers whose file names sort in another order than their titles
        var careers = Profile("e", "Alpha Clerks", "Office", body: LawText)
            + Profile("d", "Bravo Clerks", "Office", body: LawText)
            + Profile("c", "Charlie Clerks", "Office", body: LawText)
            + Profile("b", "Delta Clerks", "Office", body: LawText)
            + Profile("a", "Echo Clerks", "Office", body: LawText);
        var site = TestSite.BuildClean(careers + Probe);

        // Then each lists the others in title order
        Assert.Equal("e,d,c,b,", RelatedOf(site, "a"));
        Assert.Equal("d,c,b,a,", RelatedOf(site, "e"));
        Assert.Equal("e,d,b,a,", RelatedOf(site, "c"));
    }

    [Fact]
    public void The_lists_do_not_depend_on_the_order_the_files_are_read_in()
    {
        // Given the same careers loaded in two opposite orders
        var careers = string.Concat(Enumerable.Range(1, 30).Select(k => Profile($"c{k:00}", $"Career {k:00}", k % 3 == 0 ? "Legal" : "Healthcare",
            $"tags: [t{k % 4}]", string.Join(' ', new[] { NursingText, PatientText, WoodText, LawText }.Where((_, x) => (k >> x) % 2 == 1)) + " Word" + k)));
        var source = TestSite.Parse(careers);
        var reversed = new ProfileGen.Content.SiteSource { Profiles = source.Profiles.Reverse().ToList() };

        // When both are built
        var one = SiteGenerator.Build(source, new BuildOptions(), new MemoryOutput()).Site!;
        var two = SiteGenerator.Build(reversed, new BuildOptions(), new MemoryOutput()).Site!;

        // Then every career has the same related list
        Assert.Equal(one.Profiles.Select(p => string.Join(",", p.Related.Select(r => r.Slug))),
            two.Profiles.Select(p => string.Join(",", p.Related.Select(r => r.Slug))));
        Assert.All(one.Profiles, p => Assert.Equal(5, p.Related.Count));
    }

    [Fact]
    public void Weights_all_zero_but_category_list_only_careers_of_the_same_category()
    {
        // Given a nurse whose text matches a career of another category best
        var careers = Profile("nurses", "Registered Nurses", "Healthcare", body: NursingText)
            + Profile("nursing-teachers", "Nursing Instructors", "Education", body: NursingText + " " + PatientText)
            + Profile("lawyers", "Hospital Lawyers", "Healthcare", body: LawText)
            + Profile("carpenters", "Carpenters", "Construction", body: WoodText);

        // When the default weights are used, text decides
        var byDefault = TestSite.BuildClean(careers + Probe);
        Assert.StartsWith("nursing-teachers,", RelatedOf(byDefault, "nurses"));

        // When every weight but category is zero, only the same category is listed
        var byCategory = TestSite.BuildClean(careers + """

            -- profilegen.yml --
            related:
              weights: { text: 0, category: 1, soc_major: 0, soc_minor: 0, tags: 0, education: 0 }
            """ + Probe);
        Assert.Equal("lawyers,", RelatedOf(byCategory, "nurses"));
        Assert.Equal("", RelatedOf(byCategory, "carpenters"));
    }

    [Fact]
    public void A_high_threshold_empties_the_list_but_pins_are_still_shown()
    {
        // Given careers that would be related, one with a pin, and a threshold no score reaches
        var site = TestSite.BuildClean(
            Profile("nurses", "Registered Nurses", "Healthcare", "related: [carpenters]", NursingText)
            + Profile("nursing-assistants", "Nursing Assistants", "Healthcare", body: PatientText)
            + Profile("carpenters", "Carpenters", "Construction", body: WoodText)
            + """

            -- profilegen.yml --
            related:
              threshold: 100
            """ + Probe);

        // Then only the pin is left
        Assert.Equal("carpenters,", RelatedOf(site, "nurses"));
        Assert.Equal("", RelatedOf(site, "nursing-assistants"));
    }

    [Fact]
    public void A_threshold_between_two_scores_keeps_only_the_stronger_match()
    {
        // Given category worth 1 and education 0.5 per step of closeness: a master's is closer to a bachelor's than a doctorate
        var careers = Profile("analysts", "Analysts", "Business", "education: Bachelor's degree", "x")
            + Profile("economists", "Economists", "Business", "education: Master's degree", "y")
            + Profile("professors", "Professors", "Business", "education: Doctoral or professional degree", "z");
        static string Config(string threshold) => $$"""

            -- profilegen.yml --
            related:
              threshold: {{threshold}}
              weights: { text: 0, category: 1, soc_major: 0, soc_minor: 0, tags: 0, education: 0.6 }
            """;

        // Then both are listed, the closer level first (1.4 against 1.2); a threshold between their scores keeps the first only
        Assert.Equal("economists,professors,", RelatedOf(TestSite.BuildClean(careers + Config("0") + Probe), "analysts"));
        Assert.Equal("economists,", RelatedOf(TestSite.BuildClean(careers + Config("1.3") + Probe), "analysts"));
    }

    [Fact]
    public void Soc_groups_weigh_by_how_long_a_prefix_two_codes_share()
    {
        // Given careers in one category whose SOC codes share the minor group ("29-11"), the major group ("29") or nothing
        var careers = Profile("a", "Alpha", "Healthcare", "soc_code: \"29-1141\"", "x")
            + Profile("b", "Bravo", "Healthcare", "soc_code: \"31-1131\"", "y")
            + Profile("c", "Charlie", "Healthcare", "soc_code: \"29-2061\"", "z")
            + Profile("d", "Delta", "Healthcare", "soc_code: \"29-1171\"", "w");

        // When only SOC groups count
        var site = TestSite.BuildClean(careers + """

            -- profilegen.yml --
            related:
              weights: { text: 0, category: 0, soc_major: 1, soc_minor: 1, tags: 0, education: 0 }
            """ + Probe);

        // Then the same minor group comes before the same major group, and another major group not at all
        Assert.Equal("d,c,", RelatedOf(site, "a"));
        Assert.Equal("", RelatedOf(site, "b"));
    }

    [Fact]
    public void Shared_tags_count_by_their_overlap()
    {
        // Given careers in different categories that share two tags, one tag or none
        var site = TestSite.BuildClean(
            Profile("a", "Alpha", "Healthcare", "tags: [outdoors, shift work, teamwork]", "x")
            + Profile("b", "Bravo", "Legal", "tags: [outdoors]", "y")
            + Profile("c", "Charlie", "Sales", "tags: [outdoors, teamwork]", "z")
            + Profile("d", "Delta", "Office", "tags: [desk]", "w")
            + Probe);

        // Then the larger overlap comes first, and a career with no tag in common is not listed
        Assert.Equal("c,b,", RelatedOf(site, "a"));
    }

    [Fact]
    public void A_careers_terms_are_counted_once_in_order_of_first_occurrence_weighted_by_the_field_they_are_in()
    {
        // Title 4, common name 2, summary 1.5, body 1 for each occurrence
        var terms = CareerTerms.Of("Nurses", ["Nursing Aide"], "Nurses care for patients.", "Patients trust nurses. Nurses chart.");

        var counted = terms.Stems.TrimEnd().Split(' ').Zip(terms.Counts, (stem, count) => $"{stem}={count}");
        Assert.Equal("nurs=9.5 aid=2 care=1.5 patient=2.5 trust=1 chart=1", string.Join(' ', counted));
    }

    [Theory]
    [InlineData("engineers engineering engineered", "engin engin engin")]
    [InlineData("Nurses nursing", "nurs nurs")]
    [InlineData("The median annual wage for librarians was projected", "librarian")]
    [InlineData("relational conditional hopefulness", "relat condit hope")]
    [InlineData("Librarians’ duties: cataloguing, e-books", "librarian catalogu book")]
    public void Text_is_reduced_to_stems_without_stop_words_or_career_boilerplate(string text, string terms)
    {
        Assert.Equal(terms, string.Join(' ', TextTokenizer.Terms(text)));
    }
}
