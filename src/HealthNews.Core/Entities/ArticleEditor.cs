namespace HealthNews.Core.Entities;

/// <summary>Someone who has an article open in the editor, as last seen by the editor's heartbeat.</summary>
public class ArticleEditor
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public DateTime SeenAtUtc { get; set; }
}
