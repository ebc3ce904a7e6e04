using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace HealthNews.Core.Caching;

/// <summary>
/// Small, hot read models that every page shows (the category menu, "Xuất bản thông tin", the poll block), kept in
/// memory under the same tags as the pages and evicted with them, so that even a page rendered afresh skips their
/// queries. Entries live at most a minute, and never past the time their caller says they go stale.
/// </summary>
public sealed class PublicDataCache(IMemoryCache memory, TimeProvider clock)
{
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _tags = new(StringComparer.Ordinal);

    public async Task<T> GetOrLoadAsync<T>(string key, string tag, Func<Task<(T Value, DateTime? StaleAtUtc)>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (memory.TryGetValue(key, out T? cached))
        {
            return cached!;
        }
        // Take the tag's token before loading: an eviction during the load then discards what was loaded.
        var token = _tags.GetOrAdd(tag, _ => new CancellationTokenSource()).Token;
        var (value, staleAt) = await load();
        var lifetime = MaxLifetime;
        if (staleAt is { } stale)
        {
            var untilStale = stale - clock.GetUtcNow().UtcDateTime;
            if (untilStale <= TimeSpan.Zero)
            {
                return value;
            }
            lifetime = untilStale < lifetime ? untilStale : lifetime;
        }
        if (!token.IsCancellationRequested)
        {
            memory.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime }
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
}
