namespace HealthNews.Core.Newsroom;

/// <summary>What an editor typed into the article form.</summary>
public sealed record ArticleInput(
    string Title,
    string? Slug,
    string? Summary,
    string Body,
    int CategoryId,
    int? FeaturedImageId,
    string? FeaturedImageAlt,
    string? FeaturedImageCaption,
    string? SeoDescription,
    IReadOnlyList<int> AttachmentIds);
