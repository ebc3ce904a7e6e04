using System.Text;
using HealthNews.Core.Text;

namespace HealthNews.Core.Search;

/// <summary>A stretch of a result's text around the first match, in pieces that say which are the matched words.</summary>
public static class SearchSnippet
{
    /// <summary>About how many characters a snippet has.</summary>
    public const int SnippetLength = 220;

    public sealed record Piece(string Text, bool IsMatch);

    /// <summary>
    /// About <paramref name="length"/> characters of <paramref name="text"/> around the first of <paramref name="words"/>
    /// (folded, as in <see cref="SearchQuery"/>), cut between words, with every whole-word match marked. The text's start
    /// when nothing matches (the match was in the title).
    /// </summary>
    public static IReadOnlyList<Piece> Make(string text, IEnumerable<string> words, int length = SnippetLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        text = text.Normalize(NormalizationForm.FormC);
        var folded = FoldPerCharacter(text);
        var matches = FindWords(folded, words.Where(w => w.Length > 0).ToHashSet());
        var first = matches.Count > 0 ? matches[0].Start : 0;

        var start = Math.Max(0, first - length / 3);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < first ? space + 1 : start;
        }
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > start ? space : end;
        }

        var pieces = new List<Piece>();
        if (start > 0)
        {
            pieces.Add(new("…", false));
        }
        var at = start;
        foreach (var (matchStart, matchLength) in matches.Where(m => m.Start >= start && m.Start + m.Length <= end))
        {
            if (matchStart > at)
            {
                pieces.Add(new(text[at..matchStart], false));
            }
            pieces.Add(new(text.Substring(matchStart, matchLength), true));
            at = matchStart + matchLength;
        }
        if (end > at)
        {
            pieces.Add(new(text[at..end], false));
        }
        if (end < text.Length)
        {
            pieces.Add(new("…", false));
        }
        return pieces;
    }

    // Folded one character at a time, so that positions in the folded text are positions in the original. The Latin
    // letters (Vietnamese is in U+0000–U+1FFF) come from a table made once; anything else is folded as it comes.
    private static string FoldPerCharacter(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c < LatinFolds.Length ? LatinFolds[c] : FoldOne(c));
        }
        return builder.ToString();
    }

    private static readonly char[] LatinFolds = Enumerable.Range(0, 0x2000).Select(i => FoldOne((char)i)).ToArray();

    private static char FoldOne(char c)
    {
        var folded = char.IsSurrogate(c) ? c.ToString() : VietnameseText.FoldDiacritics(c.ToString());
        return folded.Length == 1 ? char.ToLowerInvariant(folded[0]) : char.ToLowerInvariant(c);
    }

    private static List<(int Start, int Length)> FindWords(string folded, HashSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var found = new List<(int, int)>();
        for (var i = 0; i < folded.Length;)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }
            var j = i;
            while (j < folded.Length && char.IsLetterOrDigit(folded[j]))
            {
                j++;
            }
            if (lookup.Contains(folded.AsSpan(i, j - i)))
            {
                found.Add((i, j - i));
            }
            i = j;
        }
        return found;
    }

    /// <summary>
    /// The plain text a snippet is cut from: the summary when it holds a match; else the body's text from the paragraph
    /// that holds the first match, about two snippets long. Only those paragraphs of the Markdown are turned into text
    /// (<paramref name="plainTextOf"/>), not the whole body: on a page of twenty long articles that was a third of the
    /// search's time. Without any match: the summary, or the body's first paragraphs.
    /// </summary>
    public static string SourceText(string? summary, string bodyMarkdown, Func<string, string> plainTextOf, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(bodyMarkdown);
        ArgumentNullException.ThrowIfNull(plainTextOf);
        ArgumentNullException.ThrowIfNull(words);
        var set = words.ToHashSet();
        if (!string.IsNullOrWhiteSpace(summary) && FindWords(FoldPerCharacter(summary.Normalize(NormalizationForm.FormC)), set).Count > 0)
        {
            return summary;
        }
        var markdown = bodyMarkdown.Normalize(NormalizationForm.FormC).ReplaceLineEndings("\n");
        var matches = FindWords(FoldPerCharacter(markdown), set);
        if (matches.Count == 0 && !string.IsNullOrWhiteSpace(summary))
        {
            return summary;
        }
        var from = matches.Count == 0 ? 0 : markdown.LastIndexOf("\n\n", matches[0].Start, StringComparison.Ordinal) + 1;
        var to = from;
        while (to < markdown.Length && to - from < 2 * SnippetLength)
        {
            var blank = markdown.IndexOf("\n\n", to + 1, StringComparison.Ordinal);
            to = blank < 0 ? markdown.Length : blank;
        }
        var text = plainTextOf(markdown[from..to]);
        // A match the paragraphs' text lost (a word only in a link's address, say): the whole body's text.
        return matches.Count == 0 || FindWords(FoldPerCharacter(text), set).Count > 0 ? text : plainTextOf(markdown);
    }
}
