namespace HealthNews.Core.Entities;

/// <summary>
/// A saved version of an article's editable content: every save makes one. A published article's pending changes
/// live in the revision that <see cref="Article.DraftRevisionId"/> points to until they are published.
/// </summary>
public class ArticleRevision
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int Number { get; set; }

    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string? Summary { get; set; }
    public string Body { get; set; } = "";
    public int CategoryId { get; set; }
    public int? FeaturedImageId { get; set; }
    public string? FeaturedImageAlt { get; set; }
    public string? FeaturedImageCaption { get; set; }
    public string? SeoDescription { get; set; }

    /// <summary>The attached files' ids in order, comma-separated ("12,7").</summary>
    public string AttachmentIds { get; set; } = "";

    /// <summary>The tags' names in order, comma-separated ("sốt xuất huyết, tiêm chủng"); null in revisions saved before tags existed.</summary>
    public string? Tags { get; set; }

    /// <summary>The hand-picked related articles' ids in order, comma-separated ("12,7"); null in revisions saved before picks existed.</summary>
    public string? RelatedArticleIds { get; set; }

    /// <summary>What the save was, in the editors' words: "Tạo bài", "Lưu bản nháp", "Khôi phục từ phiên bản 3"…</summary>
    public string Note { get; set; } = "";
    public string? CreatedById { get; set; }
    public string CreatedByName { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}
