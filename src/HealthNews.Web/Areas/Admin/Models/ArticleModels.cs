using System.ComponentModel.DataAnnotations;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Text;

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

    public Guid ConcurrencyStamp { get; set; }

    public ArticleInput ToInput() => new(Title ?? "", Slug, Summary, Body ?? "", CategoryId, FeaturedImageId, FeaturedImageAlt,
        FeaturedImageCaption, SeoDescription, AttachmentIds);

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
            ConcurrencyStamp = article.ConcurrencyStamp,
        };
    }
}

/// <summary>The edit page: the form, where the article stands, and what the signed-in person may do with it.</summary>
public sealed record ArticleEditPage(
    ArticleFormModel Form,
    ArticleFormOptions Options,
    ArticleForEdit? Article,
    bool CanPublish,
    bool CanPurge)
{
    public string StatusText => Article is null ? "Bài mới" : StatusLabels.For(Article.Status, Article.IsScheduled);
}

public sealed record ArticleListPage(PagedList<AdminArticleRow> Articles, ArticleFilter Filter, ArticleFormOptions Options, IReadOnlyList<AuthorOption> Authors);

public sealed record HistoryPage(int ArticleId, string Title, IReadOnlyList<RevisionRow> Revisions);

public sealed record ComparePage(int ArticleId, ArticleRevision From, ArticleRevision To,
    IReadOnlyList<DiffLine> Title, IReadOnlyList<DiffLine> Summary, IReadOnlyList<DiffLine> Body);

public static class StatusLabels
{
    public static readonly IReadOnlyList<(string Value, string Text)> Filters =
    [
        (nameof(ArticleStatus.Draft), "Bản nháp"),
        (nameof(ArticleStatus.InReview), "Chờ duyệt"),
        (NewsroomQueries.ScheduledStatus, "Đã hẹn giờ"),
        (nameof(ArticleStatus.Published), "Đã xuất bản"),
        (nameof(ArticleStatus.Unpublished), "Đã gỡ"),
        (nameof(ArticleStatus.Archived), "Lưu trữ"),
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
