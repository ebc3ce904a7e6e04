namespace HealthNews.Core.Entities;

/// <summary>
/// Where an article stands in the newsroom's workflow. A scheduled article is <see cref="Published"/>
/// with a publish time in the future: visibility is decided by the query, never by a job.
/// </summary>
public enum ArticleStatus
{
    Draft,
    InReview,
    Published,
    Unpublished,
    Archived,
}
