using System.Globalization;
using HealthNews.Core.Search;

namespace HealthNews.Web.ViewModels;

/// <summary>The search form as a reader filled it in, with what is wrong with it in Vietnamese.</summary>
public sealed record SearchForm(SearchQuery Query, string? CategorySlug, string? From, string? To, DateOnly? FromDate, DateOnly? ToDate, int Page, string? Problem)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];

    /// <summary>The last page of results anyone may ask for.</summary>
    public const int MaxPage = 10_000;

    /// <summary>Whether <paramref name="page"/> is absent, or a page number from 1 to <see cref="MaxPage"/>.</summary>
    public static bool IsPageNumber(string? page) =>
        string.IsNullOrEmpty(page) || (int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and <= MaxPage);

    public static SearchForm Read(string? q, string? category, string? from, string? to, string? page)
    {
        var query = SearchQuery.Parse(q);
        var problem = query.Problem;
        var fromDate = ParseDate(from, ref problem, "Ngày bắt đầu");
        var toDate = ParseDate(to, ref problem, "Ngày kết thúc");
        if (problem is null && fromDate > toDate)
        {
            problem = "Ngày bắt đầu phải trước ngày kết thúc.";
        }
        var pageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and <= MaxPage ? p : 1;
        var slug = string.IsNullOrWhiteSpace(category) ? null : category.Trim();
        return new(query, slug, Blank(from), Blank(to), fromDate, toDate, pageNumber, problem);
    }

    public SearchRequest ToRequest() => new(Query, CategorySlug, FromDate, ToDate, Page);

    private static DateOnly? ParseDate(string? text, ref string? problem, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        problem ??= $"{label} không hợp lệ: hãy chọn ngày trong lịch hoặc gõ theo dạng ngày/tháng/năm.";
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
