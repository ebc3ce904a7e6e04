using System.Globalization;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HealthNews.Web.Areas.Admin.Models;

/// <summary>The checked rows of the article list and the button pressed; the list to go back to.</summary>
public sealed class BulkFormModel
{
    /// <summary>The form names: the rows' checkboxes, the buttons, the hidden return address.</summary>
    public const string IdsField = nameof(Ids);
    public const string OperationField = nameof(Operation);
    public const string ReturnUrlField = nameof(ReturnUrl);

    public List<int> Ids { get; set; } = [];

    public string? Operation { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>The action the button names; null for none or an unknown one.</summary>
    public BulkAction? Action => Enum.TryParse<BulkAction>(Operation, ignoreCase: false, out var action) && Enum.IsDefined(action)
        && !int.TryParse(Operation, out _) ? action : null;

    /// <summary>Back to the list the rows were checked on (an address of the list, never elsewhere).</summary>
    public string ListUrl => ReturnUrl is { } url && (url == Urls.Admin.Articles || url.StartsWith(Urls.Admin.Articles + "?", StringComparison.Ordinal))
        && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
        ? url : Urls.Admin.Articles;
}

/// <summary>The article list: its rows, its filters, and the bulk buttons the signed-in person may use.</summary>
public sealed record ArticleListPage(PagedList<ArticleListRow> Articles, ArticleFilterModel Filter, bool CanPublish)
{
    /// <summary>The bulk buttons: submit for every writer; publish, unpublish and archive for editors.</summary>
    public IReadOnlyList<(BulkAction Action, string Label)> BulkButtons =>
        CanPublish
            ? [(BulkAction.Submit, "Gửi duyệt"), (BulkAction.Publish, "Xuất bản"), (BulkAction.Unpublish, "Gỡ bài"), (BulkAction.Archive, "Lưu trữ")]
            : [(BulkAction.Submit, "Gửi duyệt")];
}

/// <summary>
/// The article list's filters, order and page size as the query gives them; <see cref="Status"/> also takes "Scheduled".
/// <see cref="Sort"/> names a column (<see cref="ArticleSort"/>, any case), <see cref="Order"/> is "asc" or "desc"; anything
/// else falls back to the default, newest updated first.
/// </summary>
public sealed class ArticleFilterModel
{
    public const string Ascending = "asc";
    public const string Descending = "desc";

    public string? Status { get; set; }

    /// <summary>One edition's articles: "vi" or "en"; empty for both.</summary>
    public string? Language { get; set; }
    public int? CategoryId { get; set; }
    public string? AuthorId { get; set; }
    public string? Query { get; set; }
    public string? Sort { get; set; }
    public string? Order { get; set; }
    public int? PageSize { get; set; }
    public int Page { get; set; } = 1;

    // What the filters offer; never bound from the query.
    [BindNever]
    public IReadOnlyList<SelectListItem> CategoryChoices { get; private set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> AuthorChoices { get; private set; } = [];

    /// <summary>The page sizes the list offers.</summary>
    public static IReadOnlyList<SelectListItem> PageSizeChoices =>
        [.. NewsroomQueries.PageSizes.Select(n => new SelectListItem($"{n} bài mỗi trang", n.ToString(CultureInfo.InvariantCulture)))];

    /// <summary>The column the list is sorted by.</summary>
    public ArticleSort SortColumn => Enum.TryParse<ArticleSort>(Sort, ignoreCase: true, out var column) && Enum.IsDefined(column) && !int.TryParse(Sort, out _)
        ? column : ArticleSort.Updated;

    /// <summary>Newest or last first: as asked, else each column's natural first click (times newest first, text A to Z).</summary>
    public bool IsDescending => string.Equals(Order, Descending, StringComparison.OrdinalIgnoreCase)
        || (!string.Equals(Order, Ascending, StringComparison.OrdinalIgnoreCase) && DescendsFirst(SortColumn));

    public int EffectivePageSize => PageSize is { } size && NewsroomQueries.PageSizes.Contains(size) ? size : NewsroomQueries.PageSize;

    public ArticleFilter ToFilter() => new(Status, CategoryId, AuthorId, Query, Page, SortColumn, IsDescending, EffectivePageSize) { Language = Language };

    /// <summary>The language filter's choices: each edition by its Vietnamese name.</summary>
    public static IReadOnlyList<SelectListItem> LanguageChoices => Choices.Languages();

    /// <summary>The categories and authors the filters offer.</summary>
    public ArticleFilterModel Offering(ArticleFormOptions options, IEnumerable<AuthorOption> authors)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(authors);
        CategoryChoices = Choices.Categories(options.Categories);
        AuthorChoices = [.. authors.Select(a => new SelectListItem(a.Name, a.Id))];
        return this;
    }

    /// <summary>This list at another page.</summary>
    public string PageUrl(int page) => Link(SortColumn, IsDescending, page);

    /// <summary>This list, its filters kept, sorted by <paramref name="column"/>: the other way round when it already is, from page 1.</summary>
    public string SortUrl(ArticleSort column) =>
        Link(column, column == SortColumn ? !IsDescending : DescendsFirst(column), 1);

    /// <summary>"ascending", "descending" or "none", for the column header's <c>aria-sort</c>.</summary>
    public string AriaSort(ArticleSort column) => column != SortColumn ? "none" : IsDescending ? "descending" : "ascending";

    private static bool DescendsFirst(ArticleSort column) => column is ArticleSort.Updated or ArticleSort.Published;

    // The defaults (updated, newest first; 20 a page) are left out, so the plain list keeps its plain address.
    private string Link(ArticleSort column, bool descending, int page)
    {
        var isDefault = column == ArticleSort.Updated && descending;
        return Urls.Admin.ArticleList(Status, CategoryId, AuthorId, Query, page,
            isDefault ? null : column.ToString().ToLowerInvariant(),
            isDefault ? null : descending ? Descending : Ascending,
            EffectivePageSize == NewsroomQueries.PageSize ? null : EffectivePageSize,
            ContentLanguage.IsKnown(Language) ? Language : null);
    }
}

/// <summary>A line of the article list, its times in Vietnam time and its edition by name ("Tiếng Anh").</summary>
public sealed record ArticleListRow(
    int Id, string Title, ArticleStatus Status, bool IsScheduled, bool HasPendingChanges, string CategoryName, string AuthorName,
    string UpdatedAt, string PublishedAt, string LanguageName = "Tiếng Việt")
{
    public static PagedList<ArticleListRow> From(PagedList<AdminArticleRow> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var rows = list.Items.Select(a => new ArticleListRow(a.Id, a.Title, a.Status, a.IsScheduled, a.HasPendingChanges, a.CategoryName, a.AuthorName,
            VietnamTime.ListingDateLine(a.UpdatedAtUtc), a.PublishedAtUtc is { } published ? VietnamTime.DateAndTime(published) : "",
            ContentLanguage.VietnameseName(a.Language)));
        return new PagedList<ArticleListRow>([.. rows], list.Page, list.PageSize, list.TotalCount);
    }
}
