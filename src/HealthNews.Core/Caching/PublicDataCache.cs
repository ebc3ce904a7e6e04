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
/// <remarks>
/// With several nodes (ADR-015) an entry also remembers its tag's shared version (<see cref="ITagVersions"/>) at the
/// time it was loaded, and is used only while that is still the version: an eviction on any node is then seen by the
/// very next request on every node. When the shared versions can't be read, entries live out their minute.
/// </remarks>
public sealed class PublicDataCache(IMemoryCache memory, TimeProvider clock, ITagVersions versions)
{
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _tags = new(StringComparer.Ordinal);

    /// <summary>One node's cache (tools, tests of the services alone): evictions are in-process only.</summary>
    /// <param name="memory">Where the entries are kept.</param>
    /// <param name="clock">The portal's clock, which decides when an entry is stale.</param>
    public PublicDataCache(IMemoryCache memory, TimeProvider clock) : this(memory, clock, LocalTagVersions.Instance)
    {
    }

    /// <summary>The value kept under <paramref name="key"/>, or <paramref name="load"/>'s, kept until <paramref name="tag"/> is evicted.</summary>
    /// <param name="key">One of <see cref="CacheKeys"/>.</param>
    /// <param name="tag">The tag whose eviction discards the value (<see cref="CacheTags"/>).</param>
    /// <param name="load">Loads the value and says when it goes stale (null: only by eviction or age).</param>
    public async Task<T> GetOrLoadAsync<T>(string key, string tag, Func<Task<(T Value, DateTime? StaleAtUtc)>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        // Read before the load: an eviction during the load then gives the next reader a newer version.
        var version = await versions.GetAsync(tag);
        if (memory.TryGetValue(key, out Entry<T>? cached) && cached is not null
            && (version is null || cached.Version == version) // versions unknown: the entry's minute bounds it
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
            memory.Set(key, new Entry<T>(value, staleAtUtc, version), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = MaxLifetime }
                .AddExpirationToken(new CancellationChangeToken(token)));
        }
        return value;
    }

    /// <summary>Discards what this node keeps under <paramref name="tags"/>, then advances their versions on every node.</summary>
    /// <param name="tags">The tags whose data changed.</param>
    /// <param name="cancellationToken">Cancels the shared write.</param>
    public async Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
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
        await versions.AdvanceAsync(tags, cancellationToken);
    }

    private sealed record Entry<T>(T Value, DateTime? StaleAtUtc, string? Version);
}
