using HealthNews.Core.Text;

namespace HealthNews.Core.Newsroom;

/// <summary>
/// How the form's tags field reads ("sốt xuất huyết, tiêm chủng") and how a revision stores it: names separated by
/// commas, each trimmed with its spaces collapsed; a name written twice (in any case, with or without tone marks: the
/// same slug) counts once, where it first appears.
/// </summary>
public static class TagNames
{
    public static IReadOnlyList<string> Parse(string? text)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var name = string.Join(' ', part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (name.Length > 0 && seen.Add(HasLetterOrDigit(name) ? SlugOf(name) : name))
            {
                names.Add(name);
            }
        }
        return names;
    }

    /// <summary>The names as the field shows them and a revision keeps them.</summary>
    public static string Join(IEnumerable<string> names) => string.Join(", ", names);

    /// <summary>The tag's address slug: the same for every spelling of the name ("Sốt xuất huyết", "sot xuat huyet").</summary>
    public static string SlugOf(string name) => VietnameseText.Slugify(name);

    /// <summary>Whether a name has something to make a slug of: a letter (tone marks aside) or a digit.</summary>
    public static bool HasLetterOrDigit(string name) =>
        VietnameseText.FoldDiacritics(name).ToLowerInvariant().Any(c => c is >= 'a' and <= 'z' or >= '0' and <= '9');
}
