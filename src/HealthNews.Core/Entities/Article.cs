namespace HealthNews.Core.Entities;

public class Article
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string? Summary { get; set; }
    public string Body { get; set; } = "";

    /// <summary>
    /// <see cref="Body"/> rendered to safe HTML when the article is saved (null for rows written before the column
    /// existed; readers then render it on the fly). Set by the writer through ArticleRendering, never by hand.
    /// </summary>
    public string? BodyHtml { get; set; }
    public int CategoryId { get; set; }
    public Category? Category { get; set; }

    /// <summary>The edition the article belongs to (<see cref="Common.ContentLanguage"/>): "vi" or "en". Fixed once it has been public.</summary>
    public string Language { get; set; } = Common.ContentLanguage.Vietnamese;

    /// <summary>
    /// The article in the other language that this one translates; null when it stands alone. A pair is linked from one
    /// side only: the original has no link, and at most one article translates it.
    /// </summary>
    public int? TranslationOfId { get; set; }
    public Article? TranslationOf { get; set; }
    public string AuthorName { get; set; } = "";
    public string? AuthorId { get; set; }
    public string? SeoDescription { get; set; }

    /// <summary>Who sent the article for review; with four eyes on, that person can't publish it.</summary>
    public string? SubmittedById { get; set; }

    /// <summary>When the article was last sent for review: how long it has waited in the editors' queue.</summary>
    public DateTime? SubmittedAtUtc { get; set; }

    /// <summary>Why an editor sent the article back to its author ("Trả lại phóng viên"); null once it is sent for review again.</summary>
    public string? ReturnReason { get; set; }

    /// <summary>When the article was sent back, with <see cref="ReturnReason"/>.</summary>
    public DateTime? ReturnedAtUtc { get; set; }

    /// <summary>The editor who sent the article back, with <see cref="ReturnReason"/>.</summary>
    public string? ReturnedByName { get; set; }

    /// <summary>Unpublished changes to a published article; null when there are none.</summary>
    public int? DraftRevisionId { get; set; }
    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;
    public DateTime? PublishedAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public int? FeaturedImageId { get; set; }
    public MediaFile? FeaturedImage { get; set; }
    public string? FeaturedImageAlt { get; set; }
    public string? FeaturedImageCaption { get; set; }

    public List<ArticleAttachment> Attachments { get; } = [];

    /// <summary>The live version's tags, in the editor's order (a published article's pending tags wait in its draft revision).</summary>
    public List<ArticleTag> Tags { get; } = [];

    /// <summary>The live version's hand-picked "Tin liên quan", in the editor's order.</summary>
    public List<ArticleRelatedPick> RelatedPicks { get; } = [];

    /// <summary>When an editor pinned the article as the home page's lead story; null when it isn't pinned.</summary>
    public DateTime? PinnedAtUtc { get; set; }

    /// <summary>Title and summary folded for matching (lower case, no tone marks); set by the writer through ArticleRendering.</summary>
    public string SearchKey { get; set; } = "";

    /// <summary>
    /// The title, summary and body as plain words, folded (lower case, no tone marks, đ as d), for full-text search:
    /// indexed by SQLite FTS5 and a PostgreSQL tsvector (ADR-010). Null until rendered; set by ArticleRendering.
    /// </summary>
    public string? SearchTitle { get; set; }

    public string? SearchSummary { get; set; }

    public string? SearchBody { get; set; }

    /// <summary>Changes on every save; a save that carries a stale value is refused.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
