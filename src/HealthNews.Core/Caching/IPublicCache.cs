namespace HealthNews.Core.Caching;

/// <summary>
/// What readers see, cached: the services that change it name what changed (<see cref="CacheTags"/>) after their
/// transaction commits, and everything tagged with it is evicted, the in-memory data and the cached pages alike.
/// </summary>
public interface IPublicCache
{
    Task EvictAsync(IEnumerable<string> tags, CancellationToken cancellationToken = default);
}
