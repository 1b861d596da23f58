using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ProfileGen.Model;

/// <summary>
/// Turns names into URL path segments. Latin letters lose their accents ("Ärzte" → "arzte"),
/// other scripts keep their letters ("航空管制官"), and a name with no letters or digits at all
/// (emoji) gets a short stable hash, so every name yields a non-empty, safe segment.
/// </summary>
public static class Slug
{
    /// <summary>Whether text is a valid explicit slug: a-z, 0-9 and single '-' between them.</summary>
    public static bool IsValid(string text) =>
        text.Length is > 0 and <= 200
        && text.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
        && !text.StartsWith('-') && !text.EndsWith('-') && !text.Contains("--", StringComparison.Ordinal);

    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0) builder.Append('-');
                pendingDash = false;
                builder.Append(c);
            }
            else if (c != '\'' && c != '’')
            {
                pendingDash = true;
            }
            if (builder.Length >= 80) break;
        }
        if (builder.Length > 0) return builder.ToString();
        // Nothing readable survived (emoji, punctuation): a stable hash still gives a unique URL.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return "x-" + Convert.ToHexStringLower(hash)[..8];
    }

    /// <summary>Lowercase, accents removed from Latin letters, a few letters spelt out (ß → ss).</summary>
    private static IEnumerable<char> Fold(string text)
    {
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            switch (c)
            {
                case 'ß': yield return 's'; yield return 's'; continue;
                case 'æ' or 'Æ': yield return 'a'; yield return 'e'; continue;
                case 'œ' or 'Œ': yield return 'o'; yield return 'e'; continue;
                case 'ø' or 'Ø': yield return 'o'; continue;
                case 'ł' or 'Ł': yield return 'l'; continue;
                case 'đ' or 'Đ': yield return 'd'; continue;
                case 'þ' or 'Þ': yield return 't'; yield return 'h'; continue;
            }
            // Only characters that are safe in a file name on every OS and in a URL path survive.
            if (c < 128 && !char.IsAsciiLetterOrDigit(c)) { yield return ' '; continue; }
            yield return char.ToLowerInvariant(c);
        }
    }
}
