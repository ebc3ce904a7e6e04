using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace HealthNews.Core.Caching;

/// <summary>
/// Small, hot read models that every page shows (the category menu, "Xuất bản thông tin", the poll block), kept in
/// memory under the same tags as the pages and evicted with them, so that even a page rendered afresh skips their
/// queries. An entry is stale from the time its loader names (the next scheduled publish, a poll's closing time), by the
/// portal's own clock, and lives at most a minute in any case. Keys are in <see cref="CacheKeys"/>.
/// </summary>
public sealed class PublicDataCache(IMemoryCache memory, TimeProvider clock)
{
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _tags = new(StringComparer.Ordinal);

    public async Task<T> GetOrLoadAsync<T>(string key, string tag, Func<Task<(T Value, DateTime? StaleAtUtc)>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (memory.TryGetValue(key, out Entry<T>? cached) && cached is not null
            && (cached.StaleAtUtc is not { } staleAt || clock.GetUtcNow().UtcDateTime < staleAt))
        {
            return cached.Value;
        }
        // Take the tag's token before loading: an eviction during the load then discards what was loaded.
        var token = _tags.GetOrAdd(tag, _ => new CancellationTokenSource()).Token;
        var (value, staleAtUtc) = await load();
        if (staleAtUtc is { } stale && stale <= clock.GetUtcNow().UtcDateTime)
        {
            return value;
        }
        if (!token.IsCancellationRequested)
        {
            memory.Set(key, new Entry<T>(value, staleAtUtc), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = MaxLifetime }
                .AddExpirationToken(new CancellationChangeToken(token)));
        }
        return value;
    }

    public void Evict(IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var tag in tags)
        {
            if (_tags.TryRemove(tag, out var source))
            {
                source.Cancel();
                source.Dispose();
            }
        }
    }

    private sealed record Entry<T>(T Value, DateTime? StaleAtUtc);
}
