using System.Text;
using HealthNews.Core.Data;

namespace HealthNews.Core.Search;

/// <summary>
/// What a reader typed, as the indexes see it: folded words (with or without tone marks, NFC or NFD, any case) that must
/// all appear, and quoted phrases whose words must appear together and in order. <see cref="Problem"/> says in
/// Vietnamese why a query can't be searched.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 200;

    private SearchQuery(string text, IReadOnlyList<string> words, IReadOnlyList<string> phrases, string? problem)
    {
        Text = text;
        Words = words;
        Phrases = phrases;
        Problem = problem;
    }

    /// <summary>The query as typed (trimmed, NFC), for the search box and the page.</summary>
    public string Text { get; }

    /// <summary>Folded single words outside quotes.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Folded phrases (words joined by one space) from quotes.</summary>
    public IReadOnlyList<string> Phrases { get; }

    public string? Problem { get; }

    public bool IsValid => Problem is null;

    /// <summary>Every folded word of the query, in phrases or not: what a snippet marks.</summary>
    public IEnumerable<string> AllWords => Words.Concat(Phrases.SelectMany(p => p.Split(' '))).Distinct();

    public static SearchQuery Parse(string? raw)
    {
        var text = (raw ?? "").Normalize(NormalizationForm.FormC).Trim();
        if (text.Length > MaxLength)
        {
            return new(text[..MaxLength], [], [], $"Từ khoá quá dài: tối đa {MaxLength} ký tự.");
        }
        var words = new List<string>();
        var phrases = new List<string>();
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            // Odd parts sit between quotes (an unclosed quote runs to the end).
            var folded = ProviderNeutral.SearchText(parts[i]);
            if (folded.Length == 0)
            {
                continue;
            }
            if (i % 2 == 1 && folded.Contains(' ', StringComparison.Ordinal))
            {
                phrases.Add(folded);
            }
            else
            {
                words.AddRange(folded.Split(' '));
            }
        }
        var distinctWords = words.Distinct().ToList();
        var letters = distinctWords.Sum(w => w.Length) + phrases.Sum(p => p.Length);
        var problem = letters == 0 ? "Hãy nhập từ khoá cần tìm."
            : letters < 2 ? "Từ khoá quá ngắn: hãy nhập ít nhất 2 chữ cái hoặc chữ số."
            : null;
        return new(text, problem is null ? distinctWords : [], problem is null ? phrases.Distinct().ToList() : [], problem);
    }
}
