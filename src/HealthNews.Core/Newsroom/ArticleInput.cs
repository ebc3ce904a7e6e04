using HealthNews.Core.Common;

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

    /// <summary>
    /// The edition the article belongs to (<see cref="ContentLanguage"/>). Like <see cref="TranslationOfId"/> it belongs to
    /// the article, not to a revision: every save writes it, and it can't change once the article has been public.
    /// </summary>
    public string Language { get; init; } = ContentLanguage.Vietnamese;

    /// <summary>The article in the other language that this one translates; null when it stands alone or is an original.</summary>
    public int? TranslationOfId { get; init; }
}
