namespace ProfileGen.Model.Related;

/// <summary>
/// Splits English text into comparable terms: lowercase words of three to thirty letters, stop words
/// (matched as written) removed, the rest reduced to their Porter stems ("engineers", "engineering" → "engin").
/// Stop words are English function words plus the boilerplate every career profile repeats
/// ("median wage", "projected", "employment", "occupation"), which says nothing about one career.
/// </summary>
public static class TextTokenizer
{
    public const int MinWordLength = 3, MaxWordLength = 30;

    /// <summary>The index terms of <paramref name="text"/> in order: stemmed, without stop words.</summary>
    public static IEnumerable<string> Terms(string text)
    {
        var terms = new List<string>();
        var words = new WordEnumerator(text, stackalloc char[MaxWordLength]);
        while (words.MoveNext())
            if (Term(words.Current) is { } term) terms.Add(term);
        return terms;
    }

    /// <summary>The index term of a lowercase word: its stem, or null for a stop word or a stem too short to mean much.</summary>
    public static string? Term(ReadOnlySpan<char> word)
    {
        if (word.Length is < MinWordLength or > MaxWordLength || StopWordLookup.Contains(word)) return null;
        Span<char> buffer = stackalloc char[word.Length];
        word.CopyTo(buffer);
        var stem = buffer[..PorterStemmer.Stem(buffer)];
        return stem.Length < MinWordLength ? null : new string(stem);
    }

    /// <summary>
    /// English function words, and the words of the sentences and headings every profile shares. Only
    /// words that never name a field of work: "statistics", "labor" or "entry" (as in data entry) stay terms.
    /// </summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // function words
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out",
        "has", "have", "him", "his", "how", "new", "now", "see", "two", "way", "who", "did", "its", "let",
        "she", "too", "use", "may", "also", "been", "from", "into", "more", "most", "must", "only", "other", "over",
        "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "through",
        "very", "were", "what", "when", "where", "which", "while", "will", "with", "would", "about", "after", "before",
        "each", "even", "many", "much", "often", "same", "should", "could", "both", "being", "because", "between",
        "during", "under", "until", "upon", "your", "yours", "ours", "just", "like", "make", "made", "does", "doing",
        "might", "include", "includes", "including", "others", "need", "needs", "based", "various", "within", "without",
        "across", "among", "per", "get", "gets", "less", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "first", "second", "however", "usually", "typically", "typical", "generally", "especially", "likely",
        "able", "well", "following", "example", "number", "whose", "whom", "own", "here", "yet", "few", "every",
        // what every career profile says: headings, pay and outlook sentences
        "work", "worker", "workers", "job", "jobs", "occupation", "occupations", "occupational", "year", "years",
        "percent", "percentage", "median", "wage", "wages", "employment", "employed", "projected", "projection",
        "projections", "growth", "grow", "average", "annual", "outlook", "pay", "duties", "become", "becoming",
        "important", "qualities", "hold", "held", "openings", "decade", "earned", "earnings", "lowest", "highest",
        "half", "full", "part", "time", "hours", "week", "weeks", "people", "person", "related",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
}
