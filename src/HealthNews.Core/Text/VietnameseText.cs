using System.Globalization;
using System.Text;

namespace HealthNews.Core.Text;

/// <summary>Vietnamese-aware text helpers: tone-mark folding, URL slugs and excerpts.</summary>
public static class VietnameseText
{
    public const int MaxSlugLength = 80;

    /// <summary>Removes tone marks and vowel marks and maps đ/Đ to d/D: "Quy định" → "Quy dinh".</summary>
    public static string FoldDiacritics(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ': builder.Append('d'); break;
                case 'Đ': builder.Append('D'); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Lower-case ASCII words joined by single hyphens, at most <paramref name="maxLength"/> characters and cut
    /// between words; never a leading or trailing hyphen. Text with no letters or digits gives "bai-viet".
    /// </summary>
    public static string Slugify(string text, int maxLength = MaxSlugLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = FoldDiacritics(text).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = (cut > 0 ? slug[..cut] : slug[..maxLength]).Trim('-');
        }
        return slug.Length == 0 ? "bai-viet" : slug;
    }

    /// <summary>The n-th candidate for a slug that is taken: "x", "x-2", "x-3"…, still within the length limit.</summary>
    public static string SlugCandidate(string baseSlug, int attempt, int maxLength = MaxSlugLength)
    {
        ArgumentNullException.ThrowIfNull(baseSlug);
        if (attempt <= 1)
        {
            return baseSlug;
        }
        var suffix = "-" + attempt.ToString(CultureInfo.InvariantCulture);
        var stem = baseSlug.Length + suffix.Length > maxLength ? baseSlug[..(maxLength - suffix.Length)].TrimEnd('-') : baseSlug;
        return stem + suffix;
    }

    /// <summary>
    /// Whitespace collapsed; text longer than <paramref name="maxLength"/> is cut at the last word boundary
    /// before it, loses trailing punctuation and ends in "...".
    /// </summary>
    public static string Excerpt(string? text, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= maxLength)
        {
            return collapsed;
        }
        var cut = collapsed.LastIndexOf(' ', maxLength);
        var head = cut > 0 ? collapsed[..cut] : collapsed[..maxLength];
        return head.TrimEnd(' ', ',', ';', ':', '-', '–', '.', '(', '"', '“') + "...";
    }
}
