namespace HealthNews.Core.Entities;

/// <summary>A tag on an article, in the editor's order.</summary>
public class ArticleTag
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int TagId { get; set; }
    public Tag? Tag { get; set; }
    public int Position { get; set; }
}
