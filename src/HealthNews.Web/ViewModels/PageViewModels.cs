using HealthNews.Core.Articles;

namespace HealthNews.Web.ViewModels;

public sealed record BreadcrumbItem(string Text, string? Url);

public sealed record HomeSectionViewModel(string Name, string Url, string HeadingId, IReadOnlyList<ArticleCardViewModel> Articles);

public sealed record HomeViewModel(ArticleCardViewModel? Lead, IReadOnlyList<HomeSectionViewModel> Sections)
{
    public required ShareCardViewModel ShareCard { get; init; }

    public required (string Title, string Url) Feed { get; init; }

    /// <summary>The other edition's home page, this page's counterpart.</summary>
    public required LanguageSwitchViewModel LanguageSwitch { get; init; }
}

public sealed record PaginationViewModel(int Page, int TotalPages, Func<int, string> PageUrl)
{
    /// <summary>The page numbers to show: the first, the last, and two either side of the current one.</summary>
    public IReadOnlyList<int?> Window()
    {
        var pages = new SortedSet<int> { 1, TotalPages };
        for (var p = Math.Max(1, Page - 2); p <= Math.Min(TotalPages, Page + 2); p++)
        {
            pages.Add(p);
        }
        var result = new List<int?>();
        var previous = 0;
        foreach (var p in pages)
        {
            if (p - previous > 1)
            {
                result.Add(null); // a gap, drawn as an ellipsis
            }
            result.Add(p);
            previous = p;
        }
        return result;
    }
}

public sealed record CategoryPageViewModel(
    string Name,
    IReadOnlyList<BreadcrumbItem> Breadcrumb,
    IReadOnlyList<ArticleCardViewModel> Articles,
    PaginationViewModel Pagination,
    string CanonicalUrl,
    string FeedUrl)
{
    /// <summary>The page's title: the name, with its page number after the first.</summary>
    public required string Title { get; init; }

    public required string FeedTitle { get; init; }

    /// <summary>The same category in the other edition.</summary>
    public required LanguageSwitchViewModel LanguageSwitch { get; init; }

    public ShareCardViewModel ShareCard => ShareCardViewModel.ForWebsite(Title, CanonicalUrl);

    public (string Title, string Url) Feed => (FeedTitle, FeedUrl);
}

/// <summary>A tag's page: "Thẻ: …" with its articles, as a category listing shows them.</summary>
public sealed record TagPageViewModel(
    string Name,
    IReadOnlyList<BreadcrumbItem> Breadcrumb,
    IReadOnlyList<ArticleCardViewModel> Articles,
    PaginationViewModel Pagination,
    string CanonicalUrl)
{
    /// <summary>The page's heading ("Thẻ: …").</summary>
    public required string Heading { get; init; }

    /// <summary>The heading with its page number after the first.</summary>
    public required string Title { get; init; }

    public ShareCardViewModel ShareCard => ShareCardViewModel.ForWebsite(Title, CanonicalUrl);
}

/// <summary>A tag under an article, linking to its page (none in a preview of a tag not made yet).</summary>
public sealed record TagLinkViewModel(string Name, string? Url);

public sealed record AttachmentViewModel(string FileName, string Url, string Size);

public sealed record ArticlePageViewModel(
    int Id,
    int CategoryId,
    string Title,
    string? Summary,
    string DateLine,
    string IsoDate,
    string BodyHtml,
    string AuthorName,
    MediaRef? FeaturedImage,
    string? FeaturedImageCaption,
    IReadOnlyList<BreadcrumbItem> Breadcrumb,
    IReadOnlyList<AttachmentViewModel> Attachments,
    string CanonicalUrl,
    string? MetaDescription,
    ShareCardViewModel ShareCard)
{
    /// <summary>An editor's preview of a draft: marked as such, never indexed.</summary>
    public bool IsPreview { get; init; }

    public string? EditUrl { get; init; }

    /// <summary>The editor's live preview beside the text: the article alone, in the reader's stylesheet.</summary>
    public bool IsLivePreview { get; init; }

    public IReadOnlyList<TagLinkViewModel> Tags { get; init; } = [];

    /// <summary>A preview's hand-picked "Tin liên quan" (the draft's); null on the public page, which shows the live ones.</summary>
    public IReadOnlyList<int>? PreviewRelatedIds { get; init; }

    /// <summary>The article's edition.</summary>
    public string Language { get; init; } = Core.Common.ContentLanguage.Vietnamese;

    /// <summary>The header's link to the translation, or to the other edition's home when there is none.</summary>
    public LanguageSwitchViewModel? LanguageSwitch { get; init; }
}
