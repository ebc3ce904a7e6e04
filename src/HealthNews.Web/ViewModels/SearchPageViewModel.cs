using HealthNews.Core.Articles;
using HealthNews.Core.Markdown;
using HealthNews.Core.Search;
using HealthNews.Core.Text;
using Microsoft.Extensions.Localization;

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
    /// <summary>The page in the current edition: its category names and slugs, its words (<paramref name="text"/>).</summary>
    /// <param name="form">What the reader typed.</param>
    /// <param name="results">The results; null when the form has a problem.</param>
    /// <param name="categories">Every category, for the filter.</param>
    /// <param name="markdown">Turns bodies into the snippets' text.</param>
    /// <param name="text">The current edition's words.</param>
    public static SearchPageViewModel Create(SearchForm form, SearchResults? results, IReadOnlyList<CategoryItem> categories, IMarkdownRenderer markdown,
        IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var edition = Edition.Current;
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(markdown);
        var words = form.Query.AllWords.ToList();
        var items = results?.Results.Items.Select(r => new SearchResultViewModel(
            r.Title,
            Urls.Article(r.Slug),
            VietnamTime.ListingDateLine(r.PublishedAtUtc, Edition.Current.Language),
            VietnamTime.IsoDateTime(r.PublishedAtUtc),
            r.CategoryName,
            Urls.Category(r.CategorySlug),
            SearchSnippet.Make(SearchSnippet.SourceText(r.Summary, r.Body, markdown.ToPlainText, words), words))).ToList() ?? [];
        var total = results?.Results.TotalCount ?? 0;
        var countLine = results is null ? null
            : total == 0 ? text["Không tìm thấy kết quả nào cho «{0}».", form.Query.Text].Value
            : text["Tìm thấy {0} kết quả", total.ToString("N0", edition.Culture)].Value;
        return new(
            form.Query.Text,
            form.Problem,
            countLine,
            items,
            new PaginationViewModel(results?.Results.Page ?? 1, results?.Results.TotalPages ?? 1,
                p => Urls.Search(form.Query.Text, form.CategorySlug, form.From, form.To, p)),
            categories.Select(c => (c.SlugIn(edition.Language), c.ParentId is null ? c.NameIn(edition.Language) : "— " + c.NameIn(edition.Language))).ToList(),
            form.CategorySlug,
            form.From,
            form.To);
    }
}
