namespace HealthNews.Core.Newsroom;

/// <summary>How far <see cref="ArticleRendering.RerenderAllAsync"/> has gone: articles read of the total, and rows rewritten.</summary>
public sealed record RerenderSummary(int Done, int Total, int Changed);
