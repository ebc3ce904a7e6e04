namespace HealthNews.Core.Entities;

/// <summary>A file offered for download under an article, in the editor's order.</summary>
public class ArticleAttachment
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int MediaFileId { get; set; }
    public MediaFile? MediaFile { get; set; }
    public int SortOrder { get; set; }
}
