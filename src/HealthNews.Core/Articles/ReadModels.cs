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

/// <summary>A category as pages show it; <see cref="EnglishName"/> and <see cref="EnglishSlug"/> are the English edition's.</summary>
public sealed record CategoryItem(int Id, string Name, string Slug, int? ParentId, int SortOrder)
{
    public string EnglishName { get; init; } = Name;

    public string EnglishSlug { get; init; } = Slug;

    /// <summary>The name in an edition.</summary>
    public string NameIn(string language) => language == ContentLanguage.English ? EnglishName : Name;

    /// <summary>The slug in an edition.</summary>
    public string SlugIn(string language) => language == ContentLanguage.English ? EnglishSlug : Slug;
}

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
    string? BodyHtml = null)
{
    /// <summary>The edition the article belongs to.</summary>
    public string Language { get; init; } = ContentLanguage.Vietnamese;
}

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

    /// <summary>The article's visible translation in the other edition; null when it has none.</summary>
    public TranslationLink? Translation { get; init; }
}

/// <summary>A tag as a link to its page (<see cref="Id"/> is 0 for a tag a draft names that doesn't exist yet).</summary>
public sealed record TagLink(int Id, string Name, string Slug);

/// <summary>
/// What an article page shows besides the article: its tags, its visible hand-picked related items (of its own edition),
/// in order, and its visible translation in the other edition, if any.
/// </summary>
public sealed record ArticleLinks(IReadOnlyList<TagLink> Tags, IReadOnlyList<ArticleLink> PickedRelated)
{
    public TranslationLink? Translation { get; init; }
}

/// <summary>The same article in the other edition: where the language switch leads.</summary>
public sealed record TranslationLink(string Language, string Slug);

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
public sealed record Feed(CategoryItem? Category, IReadOnlyList<FeedItem> Items)
{
    /// <summary>The edition the feed lists.</summary>
    public string Language { get; init; } = ContentLanguage.Vietnamese;
}

/// <summary>An article's address and times, all a sitemap needs.</summary>
public sealed record SitemapEntry(int Id, string Slug, DateTime PublishedAtUtc, DateTime UpdatedAtUtc)
{
    /// <summary>The article's edition.</summary>
    public string Language { get; init; } = ContentLanguage.Vietnamese;

    /// <summary>The slug of its visible translation in the other edition, for the hreflang alternates; null when none.</summary>
    public string? TranslationSlug { get; init; }

    /// <summary>The later of the publish and update times: a scheduled article was last saved before it went public.</summary>
    public DateTime LastModifiedUtc => UpdatedAtUtc > PublishedAtUtc ? UpdatedAtUtc : PublishedAtUtc;
}

/// <summary>One child sitemap of articles (numbered from 1) and when its newest change happened.</summary>
public sealed record SitemapPart(int Number, DateTime LastModifiedUtc);

/// <summary>The home page (<see cref="Category"/> null) or a category listing, with the newest publish time it shows.</summary>
public sealed record SitemapSection(CategoryItem? Category, DateTime? LastModifiedUtc)
{
    /// <summary>The edition of the page: the English edition lists the home page and the categories that hold English items.</summary>
    public string Language { get; init; } = ContentLanguage.Vietnamese;

    /// <summary>Whether both editions list this page (the home page, a category with English items): hreflang alternates.</summary>
    public bool ListedInBoth { get; init; }
}

/// <summary>A recent article for the Google News sitemap.</summary>
public sealed record NewsSitemapEntry(string Slug, string Title, DateTime PublishedAtUtc)
{
    /// <summary>The article's edition, which is also the language Google News is told.</summary>
    public string Language { get; init; } = ContentLanguage.Vietnamese;
}
