using System.ComponentModel.DataAnnotations;
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
}

public sealed record ArticleListPage(PagedList<ArticleListRow> Articles, ArticleFilterModel Filter);

/// <summary>The article list's filters as the query gives them; <see cref="Status"/> also takes "Scheduled".</summary>
public sealed class ArticleFilterModel
{
    public string? Status { get; set; }
    public int? CategoryId { get; set; }
    public string? AuthorId { get; set; }
    public string? Query { get; set; }
    public int Page { get; set; } = 1;

    // What the filters offer; never bound from the query.
    [BindNever]
    public IReadOnlyList<SelectListItem> CategoryChoices { get; private set; } = [];

    [BindNever]
    public IReadOnlyList<SelectListItem> AuthorChoices { get; private set; } = [];

    public ArticleFilter ToFilter() => new(Status, CategoryId, AuthorId, Query, Page);

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
    public string PageUrl(int page) => Urls.Admin.ArticleList(Status, CategoryId, AuthorId, Query, page);
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

public sealed record HistoryPage(int ArticleId, string Title, IReadOnlyList<RevisionLine> Revisions);

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
