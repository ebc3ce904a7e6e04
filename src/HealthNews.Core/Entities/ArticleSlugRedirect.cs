namespace HealthNews.Core.Entities;

/// <summary>A slug an article was published under before; its old address answers with a permanent redirect.</summary>
public class ArticleSlugRedirect
{
    public int Id { get; set; }
    public required string OldSlug { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
