namespace ProfileGen.Model.Related;

/// <summary>
/// Splits English text into comparable terms: lowercase words of three letters or more, stop
/// words removed, plural and common suffixes folded ("librarians" → "librarian", "teaching" → "teach").
/// </summary>
public static class TextTokenizer
{
    public static IEnumerable<string> Terms(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0) start = i;
            else if (!isLetter && start >= 0)
            {
                var length = i - start;
                if (length >= 3 && length <= 30)
                {
                    var word = text.Substring(start, length).ToLowerInvariant();
                    if (!StopWords.Contains(word))
                    {
                        var stem = Stem(word);
                        if (stem.Length >= 3 && !StopWords.Contains(stem)) yield return stem;
                    }
                }
                start = -1;
            }
        }
    }

    /// <summary>A light suffix stripper: enough to join plural and verb forms without Porter's over-reach.</summary>
    public static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) word = word[..^3] + "y";
        else if (word.Length > 4 && word.EndsWith("sses", StringComparison.Ordinal)) word = word[..^2];
        else if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
                 && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)) word = word[..^1];

        if (word.Length > 6 && word.EndsWith("ing", StringComparison.Ordinal)) word = word[..^3];
        else if (word.Length > 6 && word.EndsWith("ers", StringComparison.Ordinal)) word = word[..^3];
        else if (word.Length > 5 && word.EndsWith("er", StringComparison.Ordinal)) word = word[..^2];
        else if (word.Length > 6 && word.EndsWith("ed", StringComparison.Ordinal)) word = word[..^2];
        else if (word.Length > 7 && word.EndsWith("ation", StringComparison.Ordinal)) word = word[..^5];
        return word;
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out",
        "has", "have", "him", "his", "how", "man", "new", "now", "old", "see", "two", "way", "who", "did", "its", "let",
        "she", "too", "use", "may", "also", "been", "from", "into", "more", "most", "must", "only", "other", "over",
        "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "through",
        "very", "were", "what", "when", "where", "which", "while", "will", "with", "would", "about", "after", "before",
        "each", "even", "many", "much", "often", "same", "should", "could", "well", "both", "being", "because", "between",
        "during", "under", "until", "upon", "your", "yours", "ours", "just", "like", "make", "made", "does", "doing",
        "work", "worker", "workers", "job", "jobs", "occupation", "occupations", "typically", "typical", "usually",
        "may", "might", "some", "include", "includes", "including", "other", "others", "need", "needs", "year", "years",
        "percent", "median", "wage", "wages", "employment", "employed", "projected", "growth", "average", "annual",
        "people", "person", "field", "number", "based", "various", "within", "without", "across", "among", "per",
        "what", "do", "does", "become", "becoming", "who", "get", "gets", "help", "helps", "also", "than", "less",
        "most", "time", "full", "part", "day", "days", "week", "weeks", "hours", "hour", "important", "quality", "qualities",
        "degree", "education", "training", "outlook", "pay", "environment", "duties", "information", "related",
    };
}
