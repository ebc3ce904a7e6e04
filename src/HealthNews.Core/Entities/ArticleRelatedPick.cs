namespace HealthNews.Core.Entities;

/// <summary>
/// An item of "Tin liên quan" an editor picked by hand for an article, in the editor's order; readers see the picked
/// items that are visible first, then the automatic ones.
/// </summary>
public class ArticleRelatedPick
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int RelatedArticleId { get; set; }
    public Article? RelatedArticle { get; set; }
    public int Position { get; set; }
}
