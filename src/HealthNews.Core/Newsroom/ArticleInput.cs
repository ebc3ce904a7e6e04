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
    IReadOnlyList<int> AttachmentIds)
{
    /// <summary>The tags' names in the editor's order (<see cref="TagNames.Parse"/> reads the form's comma-separated text).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The hand-picked "Tin liên quan", in the editor's order; the automatic ones follow them.</summary>
    public IReadOnlyList<int> RelatedArticleIds { get; init; } = [];
}
