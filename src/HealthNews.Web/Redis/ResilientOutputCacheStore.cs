using Microsoft.AspNetCore.OutputCaching;

namespace HealthNews.Web.Redis;

/// <summary>
/// The output cache in Redis, as readers must see it when Redis fails: a lookup that fails or times out is a miss (the
/// page is rendered from the database), a store or an eviction that fails is skipped. The failure is reported once
/// (<see cref="RedisOutage"/>), not per request.
/// </summary>
/// <remarks>
/// It deliberately offers only the byte-array interface, not <see cref="IOutputCacheBufferStore"/>: a lookup that fails
/// halfway must not have written half a page into the response.
/// </remarks>
public sealed class ResilientOutputCacheStore(IOutputCacheStore inner, RedisOutage outage) : IOutputCacheStore
{
    /// <inheritdoc />
    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var value = await inner.GetAsync(key, cancellationToken);
            outage.Succeeded();
            return value;
        }
        catch (Exception e) when (RedisFailure.Is(e))
        {
            outage.Failed(e);
            return null;
        }
    }

    /// <inheritdoc />
    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
            outage.Succeeded();
        }
        catch (Exception e) when (RedisFailure.Is(e))
        {
            outage.Failed(e);
        }
    }

    /// <inheritdoc />
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
            outage.Succeeded();
        }
        catch (Exception e) when (RedisFailure.Is(e))
        {
            outage.Failed(e); // the tag's version still changes when Redis answers again, so that no stale page is looked up
        }
    }
}
