using Microsoft.AspNetCore.OutputCaching;

namespace HealthNews.Core.Caching;

/// <summary>
/// Evicts by tag: first the in-memory data (<see cref="PublicDataCache"/>), so that a page rendered after this sees the
/// change (on every node, ADR-015), then the cached pages, when the host keeps any (the web host registers an output-cache store; tools and
/// tests of the services alone have none).
/// </summary>
public sealed class PublicCache(PublicDataCache data, IEnumerable<IOutputCacheStore> pageStores) : IPublicCache
{
    private readonly IOutputCacheStore[] _pageStores = pageStores.ToArray();

    public async Task EvictAsync(IEnumerable<string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var list = tags.ToList();
        await data.EvictAsync(list, cancellationToken);
        foreach (var store in _pageStores)
        {
            foreach (var tag in list)
            {
                await store.EvictByTagAsync(tag, cancellationToken);
            }
        }
    }
}
