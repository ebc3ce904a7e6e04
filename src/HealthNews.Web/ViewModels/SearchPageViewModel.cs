using System.Globalization;
using HealthNews.Core.Articles;
using HealthNews.Core.Markdown;
using HealthNews.Core.Search;
using HealthNews.Core.Text;

namespace HealthNews.Web.ViewModels;

public sealed record SearchResultViewModel(string Title, string Url, string DateLine, string IsoDate, string CategoryName, string CategoryUrl,
    IReadOnlyList<SearchSnippet.Piece> Snippet);

public sealed record SearchPageViewModel(
    string Query,
    string? Problem,
    string? CountLine,
    IReadOnlyList<SearchResultViewModel> Results,
    PaginationViewModel Pagination,
    IReadOnlyList<(string Slug, string Name)> Categories,
    string? CategorySlug,
    string? From,
    string? To)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static SearchPageViewModel Create(SearchForm form, SearchResults? results, IReadOnlyList<CategoryItem> categories, IMarkdownRenderer markdown)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(markdown);
        var words = form.Query.AllWords.ToList();
        var items = results?.Results.Items.Select(r => new SearchResultViewModel(
            r.Title,
            Urls.Article(r.Slug),
            VietnamTime.ListingDateLine(r.PublishedAtUtc),
            VietnamTime.IsoDateTime(r.PublishedAtUtc),
            r.CategoryName,
            Urls.Category(r.CategorySlug),
            SearchSnippet.Make(SearchSnippet.SourceText(r.Summary, r.Body, markdown.ToPlainText, words), words))).ToList() ?? [];
        var total = results?.Results.TotalCount ?? 0;
        var countLine = results is null ? null
            : total == 0 ? $"Không tìm thấy kết quả nào cho «{form.Query.Text}»."
            : $"Tìm thấy {total.ToString("N0", Vietnamese)} kết quả";
        return new(
            form.Query.Text,
            form.Problem,
            countLine,
            items,
            new PaginationViewModel(results?.Results.Page ?? 1, results?.Results.TotalPages ?? 1,
                p => Urls.Search(form.Query.Text, form.CategorySlug, form.From, form.To, p)),
            categories.Select(c => (c.Slug, c.ParentId is null ? c.Name : "— " + c.Name)).ToList(),
            form.CategorySlug,
            form.From,
            form.To);
    }
}
