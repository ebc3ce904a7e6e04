using System.Globalization;
using HealthNews.Core.Entities;
using HealthNews.Core.Text;

namespace HealthNews.Core.Data;

/// <summary>
/// The one place where what SQLite, PostgreSQL and SQL Server do differently is made to behave the same (ADR-003, ADR-009):
/// <list type="bullet">
/// <item>Case- and accent-insensitive matching: SQLite's LIKE folds ASCII case only, PostgreSQL's is case-sensitive and
/// SQL Server's follows the column's collation; none folds Vietnamese tone marks the same way. We match against
/// <see cref="Article.SearchKey"/>, folded in C# on save (on SQL Server the column also has
/// <see cref="SqlServerFoldedCollation"/>).</item>
/// <item>Ordering Vietnamese text: SQLite orders by code point, PostgreSQL and SQL Server by a collation. Text is never
/// ordered in SQL; small lists are sorted in memory with <see cref="VietnameseOrder"/>.</item>
/// <item>Date arithmetic: no date functions in SQL (SQLite stores text, PostgreSQL timestamptz, SQL Server datetime2);
/// bounds are computed in C# from the injected clock and passed as parameters, as in Articles/Visibility.cs.</item>
/// <item>Concurrency: a <see cref="Guid"/> token renewed on every update (<see cref="Article.ConcurrencyStamp"/>),
/// rather than SQL Server's rowversion or PostgreSQL's xmin.</item>
/// </list>
/// </summary>
public static class ProviderNeutral
{
    /// <summary>SQL Server's collation for folded text: Vietnamese, case-insensitive, accent-insensitive.</summary>
    public const string SqlServerFoldedCollation = "Vietnamese_100_CI_AI";

    /// <summary>Vietnamese alphabetical order (a ă â b c d đ e ê …), the same whatever the database.</summary>
    public static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    /// <summary>Text folded for matching: lower case, without tone marks, đ as d, single spaces.</summary>
    public static string SearchKey(string? text)
    {
        var folded = VietnameseText.FoldDiacritics(text ?? "").ToLowerInvariant();
        var key = string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return key.Length <= FieldLimits.Article.SearchKey ? key : key[..FieldLimits.Article.SearchKey];
    }

    /// <summary>
    /// Text as the full-text indexes and search queries see it: folded like <see cref="SearchKey"/>, every run of
    /// characters that are neither letters nor digits turned into one space: "Bộ trưởng Y tế: COVID-19" → "bo truong y te covid 19".
    /// </summary>
    public static string SearchText(string? text, int maxLength = int.MaxValue)
    {
        var folded = VietnameseText.FoldDiacritics(text ?? "").ToLowerInvariant();
        var builder = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }
        var result = builder.ToString().TrimEnd();
        return result.Length <= maxLength ? result : result[..maxLength].TrimEnd();
    }

    /// <summary>Articles whose title or summary contains <paramref name="term"/>, ignoring case and tone marks.</summary>
    public static IQueryable<Article> WhereTextMatches(this IQueryable<Article> articles, string term)
    {
        var key = SearchKey(term);
        return key.Length == 0 ? articles : articles.Where(a => a.SearchKey.Contains(key));
    }
}
