using HealthNews.Core.Common;
using HealthNews.Core.Media;

namespace HealthNews.Core.Articles;

/// <summary>One line of a listing: enough for a title link, a thumbnail, the date line and an excerpt.</summary>
public sealed record ArticleListItem(
    int Id,
    string Title,
    string Slug,
    string? Summary,
    string? BodyWhenNoSummary,
    DateTime PublishedAtUtc,
    MediaRef? Thumbnail);

/// <summary>A title link with its date, for "Xuất bản thông tin" and "Tin liên quan": nothing else is read.</summary>
public sealed record ArticleLink(int Id, string Title, string Slug, DateTime PublishedAtUtc);

/// <summary>A stored file as a page links to it.</summary>
public sealed record MediaRef(int Id, string FileName, string? AltText)
{
    public string Url => MediaUrls.For(Id, FileName);
}

public sealed record AttachmentItem(int Id, string FileName, string ContentType, long SizeBytes)
{
    public string Url => MediaUrls.For(Id, FileName);
}

public sealed record CategoryItem(int Id, string Name, string Slug, int? ParentId, int SortOrder);

public sealed record ArticleDetail(
    int Id,
    string Title,
    string Slug,
    string? Summary,
    string Body,
    string AuthorName,
    DateTime PublishedAtUtc,
    DateTime UpdatedAtUtc,
    CategoryItem Category,
    MediaRef? FeaturedImage,
    string? FeaturedImageCaption,
    IReadOnlyList<AttachmentItem> Attachments,
    string? SeoDescription = null,
    IReadOnlyDictionary<int, (int Width, int Height)>? ImageSizes = null,
    string? BodyHtml = null);

public sealed record CategoryPage(CategoryItem Category, IReadOnlyList<CategoryItem> Path, PagedList<ArticleListItem> Articles);

public sealed record ArticlePage(ArticleDetail Article, IReadOnlyList<CategoryItem> CategoryPath);

public sealed record CategorySection(CategoryItem Category, IReadOnlyList<ArticleListItem> Articles);
