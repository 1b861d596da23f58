using System.Text;
using ProfileGen.Build;
using ProfileGen.Model.Related;
using ProfileGen.Tests.Support;
using static ProfileGen.Tests.Support.Profiles;

namespace ProfileGen.Tests;

/// <summary>
/// A rebuild ranks again only the careers an edit can move, and keeps the last build's ranking for
/// the others (<c>.profilegen-cache/rankings</c>): after every kind of edit, its related lists must be
/// exactly those of a build that ranks every career.
/// </summary>
public class RelatedRankingMemoryTests
{
    /// <summary>A profile page that prints only the related careers' slugs.</summary>
    private const string Probe = RelatedCareersTests.Probe;

    /// <summary>A career of the generated site, edited between builds.</summary>
    private sealed record Career(string Slug, string Title, string Category, string[] Tags, string Soc, string Body);

    private static readonly string[] Categories = ["Healthcare", "Construction", "Legal", "Education", "Transportation"];
    private static readonly string[] TagNames = ["outdoors", "night shifts", "travel", "licensing", "teamwork", "physical", "desk", "public"];

    /// <summary>Words drawn with a skewed frequency, so some are in most careers and some in a few: both kinds of posting list.</summary>
    private static string Words(Random random, int count, int vocabulary = 300)
    {
        var text = new StringBuilder();
        for (var k = 0; k < count; k++)
        {
            var rank = (int)(vocabulary * Math.Pow(random.NextDouble(), 2.5));
            text.Append(Word(rank)).Append(k % 12 == 11 ? ". " : " ");
        }
        return text.ToString();
    }

    /// <summary>A made-up word per number, letters only, so the tokenizer and stemmer keep it as one distinct term.</summary>
    private static string Word(int number)
    {
        const string consonants = "bdfgklmnprstvz", vowels = "aeiou";
        var word = new StringBuilder();
        for (var n = number + 20; n > 0; n /= 70) word.Append(consonants[n % 14]).Append(vowels[n / 14 % 5]);
        return word.Append("ko").ToString();
    }

    private static Career NewCareer(Random random, int number) => new(
        $"career-{number:D3}", $"{Word(number * 7 % 300)} {Word(number)} specialists", Categories[random.Next(Categories.Length)],
        TagNames.OrderBy(_ => random.Next()).Take(random.Next(0, 3)).ToArray(), $"{random.Next(11, 15)}-{random.Next(10, 13)}{random.Next(10, 99)}",
        Words(random, random.Next(20, 120)));

    private static string SiteFiles(IEnumerable<Career> careers) =>
        string.Concat(careers.Select(c => Profile(c.Slug, c.Title, c.Category,
            $"tags: [{string.Join(", ", c.Tags.Select(t => $"\"{t}\""))}]\nsoc_code: \"{c.Soc}\"", c.Body))) + Probe;

    /// <summary>Each career's related slugs, as its page prints them.</summary>
    private static SortedDictionary<string, string> RelatedLists(TestSite site)
    {
        var lists = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, bytes) in site.Output.Files)
        {
            if (!path.StartsWith("careers/", StringComparison.Ordinal) || !path.EndsWith("/index.html", StringComparison.Ordinal)) continue;
            var text = Encoding.UTF8.GetString(bytes);
            var start = text.IndexOf("Related: ", StringComparison.Ordinal);
            if (start >= 0) lists[path] = text[(start + 9)..text.IndexOf('|', start)];
        }
        return lists;
    }

    /// <summary>The kinds of edit an author makes, chosen at random, each applied to the list of careers.</summary>
    private static string Edit(Random random, List<Career> careers, ref int next)
    {
        var at = random.Next(careers.Count);
        var c = careers[at];
        switch (random.Next(14))
        {
            case 10:
            case 11:
            case 12:
            case 13:
                // Words the career has already: its own sentences again, once or many times, so no word's
                // document frequency changes and only its own weights move (the edit the memory is for).
                var sentences = c.Body.Split(". ");
                var sentence = sentences[random.Next(sentences.Length)] + ". ";
                var times = random.Next(2) == 0 ? 1 : 8;
                careers[at] = c with { Body = c.Body + "\n\n" + string.Concat(Enumerable.Repeat(sentence, times)) };
                return $"repeat a sentence of {c.Slug} {times} times";
            case 0:
            case 1:
            case 2:
                // The benchmark's edit: a sentence appended to one body, in words the site mostly has.
                careers[at] = c with { Body = c.Body + "\n\n" + Words(random, random.Next(3, 15)) };
                return $"append to {c.Slug}";
            case 3:
                careers[at] = c with { Body = c.Body[..(c.Body.Length / 2)] };
                return $"cut {c.Slug}'s body in half";
            case 4:
                careers[at] = c with { Body = c.Body + " " + Word(1000 + next++) + " " + Word(1000 + next++) };
                return $"words no other career has, in {c.Slug}";
            case 5:
                careers[at] = c with { Body = Words(random, random.Next(20, 120)) };
                return $"rewrite {c.Slug}";
            case 6:
                careers[at] = c with { Title = c.Title + " " + Word(random.Next(300)) };
                return $"retitle {c.Slug}";
            case 7:
                careers[at] = c with { Tags = [TagNames[random.Next(TagNames.Length)]] };
                return $"retag {c.Slug}";
            case 8:
                careers.Add(NewCareer(random, next++));
                return "add a career";
            default:
                careers.RemoveAt(at);
                return $"delete {c.Slug}";
        }
    }

    [Fact]
    public void After_each_kind_of_edit_the_related_lists_equal_those_of_a_build_that_ranks_every_career()
    {
        // Given a site of 120 careers built once with a rankings file
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "rankings");
        var random = new Random(20261127);
        var next = 120;
        var careers = Enumerable.Range(0, next).Select(n => NewCareer(random, n)).ToList();
        var first = RankingMemory.Load(file);
        TestSite.BuildClean(SiteFiles(careers), new BuildOptions { Rankings = first });
        first.Save(file);
        var rankedLess = 0;

        for (var round = 0; round < 50; round++)
        {
            // When one edit is made and the site rebuilt with the last build's rankings
            var edit = Edit(random, careers, ref next);
            var files = SiteFiles(careers);
            var memory = RankingMemory.Load(file);
            Assert.NotNull(memory.Previous);
            var rebuilt = TestSite.BuildClean(files, new BuildOptions { Rankings = memory });
            memory.Save(file);

            // Then every related list is the one a build without the file makes
            Assert.True(RelatedLists(TestSite.BuildClean(files)).SequenceEqual(RelatedLists(rebuilt)), $"round {round}: {edit} (ranked {memory.Ranked} of {careers.Count})");
            if (memory.Ranked < careers.Count) rankedLess++;
        }
        // And most edits ranked only some of the careers again: the comparison above tried the memory, not only full rankings
        Assert.True(rankedLess >= 12, $"only {rankedLess} of 50 rebuilds reused rankings");
    }

    [Fact]
    public void A_body_edit_ranks_few_careers_and_a_damaged_rankings_file_ranks_all()
    {
        // Given a site built once with a rankings file
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "rankings");
        var random = new Random(7);
        var careers = Enumerable.Range(0, 60).Select(n => NewCareer(random, n)).ToList();
        var memory = RankingMemory.Load(file);
        TestSite.BuildClean(SiteFiles(careers), new BuildOptions { Rankings = memory });
        Assert.Equal(60, memory.Ranked);
        memory.Save(file);

        // When nothing changes, no career is ranked again
        memory = RankingMemory.Load(file);
        TestSite.BuildClean(SiteFiles(careers), new BuildOptions { Rankings = memory });
        Assert.Equal(0, memory.Ranked);

        // When one byte of the file is changed, it is not trusted: every career is ranked
        var bytes = File.ReadAllBytes(file);
        bytes[^3] ^= 0x40;
        File.WriteAllBytes(file, bytes);
        memory = RankingMemory.Load(file);
        Assert.Null(memory.Previous);
        TestSite.BuildClean(SiteFiles(careers), new BuildOptions { Rankings = memory });
        Assert.Equal(60, memory.Ranked);
    }
}
