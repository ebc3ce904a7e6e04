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

/// <summary>A stored file as a page links to it; an image's size in pixels when known (the featured image's).</summary>
public sealed record MediaRef(int Id, string FileName, string? AltText, int? Width = null, int? Height = null, string? Variants = null)
{
    public string Url => MediaUrls.For(Id, FileName);

    /// <summary>The image as pages show it, with its variants (ADR-013).</summary>
    public StoredImage Image => new(Id, FileName, Width, Height, ImageVariants.Parse(Variants));
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
    IReadOnlyDictionary<int, StoredImage>? ImageSizes = null,
    string? BodyHtml = null);

public sealed record CategoryPage(CategoryItem Category, IReadOnlyList<CategoryItem> Path, PagedList<ArticleListItem> Articles);

public sealed record ArticlePage(ArticleDetail Article, IReadOnlyList<CategoryItem> CategoryPath)
{
    /// <summary>The article's tags, in the editor's order.</summary>
    public IReadOnlyList<TagLink> Tags { get; init; } = [];

    /// <summary>
    /// A preview's hand-picked "Tin liên quan" (the draft's, which may differ from the live ones); null on the public page,
    /// which shows the live picks.
    /// </summary>
    public IReadOnlyList<int>? PreviewRelatedIds { get; init; }
}

/// <summary>A tag as a link to its page (<see cref="Id"/> is 0 for a tag a draft names that doesn't exist yet).</summary>
public sealed record TagLink(int Id, string Name, string Slug);

/// <summary>What an article page shows besides the article: its tags and its visible hand-picked related items, in order.</summary>
public sealed record ArticleLinks(IReadOnlyList<TagLink> Tags, IReadOnlyList<ArticleLink> PickedRelated);

/// <summary>One page of a tag's visible articles, newest first.</summary>
public sealed record TagPage(TagLink Tag, PagedList<ArticleListItem> Articles);

public sealed record CategorySection(CategoryItem Category, IReadOnlyList<ArticleListItem> Articles);

/// <summary>The home page: the lead story (pinned by an editor, else the newest), then each top-level category's newest items.</summary>
public sealed record HomePage(ArticleListItem? Lead, IReadOnlyList<CategorySection> Sections);

/// <summary>One item of an RSS feed: its text, date, category and featured image; the body only when nothing shorter describes it.</summary>
public sealed record FeedItem(
    int Id,
    string Title,
    string Slug,
    string? Summary,
    string? SeoDescription,
    string? BodyWhenNoDescription,
    DateTime PublishedAtUtc,
    string CategoryName,
    FeedImage? Image);

/// <summary>A featured image as an RSS enclosure names it.</summary>
public sealed record FeedImage(int Id, string FileName, string ContentType, long SizeBytes, int? Width = null, int? Height = null, string? Variants = null)
{
    public string Url => MediaUrls.For(Id, FileName);

    public StoredImage Image => new(Id, FileName, Width, Height, ImageVariants.Parse(Variants));
}

/// <summary>An RSS feed: the whole portal's (<see cref="Category"/> null) or one category's, newest first.</summary>
public sealed record Feed(CategoryItem? Category, IReadOnlyList<FeedItem> Items);

/// <summary>An article's address and times, all a sitemap needs.</summary>
public sealed record SitemapEntry(int Id, string Slug, DateTime PublishedAtUtc, DateTime UpdatedAtUtc)
{
    /// <summary>The later of the publish and update times: a scheduled article was last saved before it went public.</summary>
    public DateTime LastModifiedUtc => UpdatedAtUtc > PublishedAtUtc ? UpdatedAtUtc : PublishedAtUtc;
}

/// <summary>One child sitemap of articles (numbered from 1) and when its newest change happened.</summary>
public sealed record SitemapPart(int Number, DateTime LastModifiedUtc);

/// <summary>The home page (<see cref="Category"/> null) or a category listing, with the newest publish time it shows.</summary>
public sealed record SitemapSection(CategoryItem? Category, DateTime? LastModifiedUtc);

/// <summary>A recent article for the Google News sitemap.</summary>
public sealed record NewsSitemapEntry(string Slug, string Title, DateTime PublishedAtUtc);
