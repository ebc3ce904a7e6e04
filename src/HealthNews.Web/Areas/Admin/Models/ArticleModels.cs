using System.ComponentModel.DataAnnotations;
using System.Globalization;
using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HealthNews.Web.Areas.Admin.Models;

/// <summary>The article form as typed; it goes back to the editor unchanged when a save is refused.</summary>
public sealed class ArticleFormModel
{
    public int Id { get; set; }

    [Display(Name = "Tiêu đề")]
    public string Title { get; set; } = "";

    [Display(Name = "Đường dẫn (slug)")]
    public string? Slug { get; set; }

    [Display(Name = "Tóm tắt (sapo)")]
    public string? Summary { get; set; }

    [Display(Name = "Nội dung (Markdown)")]
    public string Body { get; set; } = "";

    [Display(Name = "Chuyên mục")]
    public int CategoryId { get; set; }

    [Display(Name = "Ảnh đại diện")]
    public int? FeaturedImageId { get; set; }

    [Display(Name = "Mô tả ảnh đại diện (alt)")]
    public string? FeaturedImageAlt { get; set; }

    [Display(Name = "Chú thích ảnh đại diện")]
    public string? FeaturedImageCaption { get; set; }

    [Display(Name = "Mô tả SEO")]
    public string? SeoDescription { get; set; }

    [Display(Name = "Tệp đính kèm")]
    public List<int> AttachmentIds { get; set; } = [];

    /// <summary>The tags as typed, comma-separated ("sốt xuất huyết, tiêm chủng").</summary>
    [Display(Name = "Thẻ")]
    public string? Tags { get; set; }

    /// <summary>The hand-picked "Tin liên quan", in order (hidden fields, moved and removed by the picker's script).</summary>
    [Display(Name = "Tin liên quan")]
    public List<int> RelatedArticleIds { get; set; } = [];

    /// <summary>Without JavaScript: a recent article to add at the end of "Tin liên quan".</summary>
    public int? RelatedAdd { get; set; }

    /// <summary>Without JavaScript: picked articles to drop (their "Bỏ" boxes).</summary>
    public List<int> RelatedRemove { get; set; } = [];

    public Guid ConcurrencyStamp { get; set; }

    // What the lists offer; shown with the form, never bound from a post.
    [BindNever]
    public IReadOnlyList<SelectListItem> CategoryChoices { get; private set; } = [];

    /// <summary>The featured-image picker's pictures: the newest images and the one chosen now.</summary>
    [BindNever]
    public IReadOnlyList<MediaOption> ImageChoices { get; private set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> FileChoices { get; private set; } = [];

    /// <summary>About how much of a title search engines show in a result (Google cuts near 600 px, some 60–70 characters).</summary>
    public const int TitleShownBySearchEngines = 70;

    /// <summary>How many of the newest images the featured-image picker shows without a search.</summary>
    public const int FeaturedImageChoices = 24;

    /// <summary>The picked "Tin liên quan" as the form lists them, in order.</summary>
    [BindNever]
    public IReadOnlyList<RelatedPickLine> RelatedPicked { get; private set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> RelatedChoices { get; private set; } = [];

    /// <summary>The categories, recent files and recent articles the form's lists offer, and the picked articles' titles.</summary>
    public ArticleFormModel Offering(ArticleFormOptions options, RelatedChoices related)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(related);
        CategoryChoices = Choices.Categories(options.Categories);
        var images = options.Media.Where(m => m.IsImage).ToList();
        ImageChoices = [.. images.Take(FeaturedImageChoices).Union(images.Where(m => m.Id == FeaturedImageId))];
        FileChoices = Choices.Media(options.Media);
        RelatedPicked = [.. related.Picked.Select(RelatedPickLine.From)];
        RelatedChoices = Choices.RelatedArticles(related.Recent);
        return this;
    }

    /// <summary>"Tin liên quan" as the editor left it: the picked ones but those marked "Bỏ", then the one added.</summary>
    public IReadOnlyList<int> PickedRelatedIds() =>
        [.. RelatedArticleIds.Where(id => !RelatedRemove.Contains(id)).Concat(RelatedAdd is { } added ? [added] : []).Distinct()];

    public ArticleInput ToInput() => new(Title ?? "", Slug, Summary, Body ?? "", CategoryId, FeaturedImageId, FeaturedImageAlt,
        FeaturedImageCaption, SeoDescription, AttachmentIds)
    {
        Tags = TagNames.Parse(Tags),
        RelatedArticleIds = PickedRelatedIds(),
    };

    public static ArticleFormModel From(ArticleForEdit article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var c = article.Content;
        return new ArticleFormModel
        {
            Id = article.Id,
            Title = c.Title,
            Slug = c.Slug,
            Summary = c.Summary,
            Body = c.Body,
            CategoryId = c.CategoryId,
            FeaturedImageId = c.FeaturedImageId,
            FeaturedImageAlt = c.FeaturedImageAlt,
            FeaturedImageCaption = c.FeaturedImageCaption,
            SeoDescription = c.SeoDescription,
            AttachmentIds = c.AttachmentIds.ToList(),
            Tags = TagNames.Join(c.Tags),
            RelatedArticleIds = c.RelatedArticleIds.ToList(),
            ConcurrencyStamp = article.ConcurrencyStamp,
        };
    }
}

/// <summary>A picked "Tin liên quan" in the form: its title and date, and a note when readers can't see it.</summary>
public sealed record RelatedPickLine(int Id, string Text, string? Note)
{
    public static RelatedPickLine From(RelatedOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var text = option.PublishedAtUtc is { } published ? $"{option.Title} ({VietnamTime.DateAndTime(published)})" : option.Title;
        return new(option.Id, text, option.IsVisible ? null : "bạn đọc chưa thấy bài này, nó sẽ không hiện");
    }
}

/// <summary>One result of the picker's search, as its JSON carries it: id, title and date line (Vietnam time).</summary>
public sealed record RelatedSearchResult(int Id, string Title, string Date)
{
    public static RelatedSearchResult From(RelatedOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return new(option.Id, option.Title, option.PublishedAtUtc is { } published ? VietnamTime.DateAndTime(published) : "");
    }
}

/// <summary>The edit page: the form, where the article stands, and what the signed-in person may do with it.</summary>
public sealed record ArticleEditPage(
    ArticleFormModel Form,
    ArticleForEdit? Article,
    bool CanPublish,
    bool CanPurge)
{
    public string StatusText => Article is null ? "Bài mới" : StatusLabels.For(Article.Status, Article.IsScheduled);

    /// <summary>Who else has the article open in the editor now ("Nguyễn Văn A (còn mở lúc 10:40)").</summary>
    public IReadOnlyList<string> OtherEditors { get; init; } = [];

    /// <summary>When the live version went out, in Vietnam time; null when never.</summary>
    public string? PublishedAt => Article?.PublishedAtUtc is { } utc ? VietnamTime.ListingDateLine(utc) : null;

    /// <summary>Why the article was sent back, shown to its author until it is sent for review again; null when it wasn't.</summary>
    public ReturnLine? Returned => Article?.Returned is { } note && Article.Status == ArticleStatus.Draft ? ReturnLine.From(note) : null;

    /// <summary>The form field of the reason, and how long it may be.</summary>
    public static string ReasonField => ArticlePublishing.ReasonField;

    public static int ReasonMaxLength => FieldLimits.Article.ReturnReason;
}

/// <summary>"Trả lại phóng viên" as the author reads it: the reason, who sent it back and when (Vietnam time).</summary>
public sealed record ReturnLine(string Reason, string ReturnedByName, string ReturnedAt)
{
    public static ReturnLine From(ReturnNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new(note.Reason, note.ReturnedByName, VietnamTime.ListingDateLine(note.ReturnedAtUtc));
    }
}

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

    public ArticleFilter ToFilter() => new(Status, CategoryId, AuthorId, Query, Page, SortColumn, IsDescending, EffectivePageSize);

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
            EffectivePageSize == NewsroomQueries.PageSize ? null : EffectivePageSize);
    }
}

/// <summary>A line of the article list, its times in Vietnam time.</summary>
public sealed record ArticleListRow(
    int Id, string Title, ArticleStatus Status, bool IsScheduled, bool HasPendingChanges, string CategoryName, string AuthorName,
    string UpdatedAt, string PublishedAt)
{
    public static PagedList<ArticleListRow> From(PagedList<AdminArticleRow> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var rows = list.Items.Select(a => new ArticleListRow(a.Id, a.Title, a.Status, a.IsScheduled, a.HasPendingChanges, a.CategoryName, a.AuthorName,
            VietnamTime.ListingDateLine(a.UpdatedAtUtc), a.PublishedAtUtc is { } published ? VietnamTime.DateAndTime(published) : ""));
        return new PagedList<ArticleListRow>([.. rows], list.Page, list.PageSize, list.TotalCount);
    }
}

public sealed record HistoryPage(int ArticleId, string Title, IReadOnlyList<RevisionLine> Revisions, IReadOnlyList<WorkflowLine> Workflow);

/// <summary>A step of the article's workflow from the audit trail, in words: "Trả lại phóng viên — Lý do: …".</summary>
public sealed record WorkflowLine(string Action, string UserName, string OccurredAt, string Details)
{
    /// <summary>The line for <paramref name="e"/>; details that only repeat the article's <paramref name="title"/> are left out.</summary>
    public static WorkflowLine From(WorkflowEvent e, string title)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(AuditActionNames.For(e.Action), e.UserName, VietnamTime.ListingDateLine(e.OccurredAtUtc), e.Details == title ? "" : e.Details);
    }
}

/// <summary>A saved version as the history lists it, saved at <see cref="CreatedAt"/> (Vietnam time).</summary>
public sealed record RevisionLine(int Id, int Number, string Note, string CreatedByName, string CreatedAt, bool IsPendingDraft)
{
    public static RevisionLine From(RevisionRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.Number, row.Note, row.CreatedByName, VietnamTime.ListingDateLine(row.CreatedAtUtc), row.IsPendingDraft);
    }
}

public sealed record ComparePage(int ArticleId, RevisionHeading From, RevisionHeading To,
    IReadOnlyList<DiffLine> Title, IReadOnlyList<DiffLine> Summary, IReadOnlyList<DiffLine> Body);

/// <summary>Which version one side of a comparison is: its number, note, author and time (Vietnam time).</summary>
public sealed record RevisionHeading(int Number, string Note, string CreatedByName, string CreatedAt)
{
    public static RevisionHeading From(ArticleRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return new(revision.Number, revision.Note, revision.CreatedByName, VietnamTime.ListingDateLine(revision.CreatedAtUtc));
    }
}

public static class StatusLabels
{
    /// <summary>The article list's status filter: every status, and "Scheduled" for published with a time to come.</summary>
    public static IReadOnlyList<SelectListItem> FilterChoices =>
    [
        new("Bản nháp", nameof(ArticleStatus.Draft)),
        new("Chờ duyệt", nameof(ArticleStatus.InReview)),
        new("Đã hẹn giờ", NewsroomQueries.ScheduledStatus),
        new("Đã xuất bản", nameof(ArticleStatus.Published)),
        new("Đã gỡ", nameof(ArticleStatus.Unpublished)),
        new("Lưu trữ", nameof(ArticleStatus.Archived)),
    ];

    public static string For(ArticleStatus status, bool isScheduled) => status switch
    {
        ArticleStatus.Draft => "Bản nháp",
        ArticleStatus.InReview => "Chờ duyệt",
        ArticleStatus.Published when isScheduled => "Đã hẹn giờ",
        ArticleStatus.Published => "Đã xuất bản",
        ArticleStatus.Unpublished => "Đã gỡ",
        ArticleStatus.Archived => "Lưu trữ",
        _ => status.ToString(),
    };
}
