using HealthNews.Core.Caching;

namespace HealthNews.Core.Tests.Support;

/// <summary>Remembers which tags the services asked to evict.</summary>
public sealed class RecordingCache : IPublicCache
{
    public List<string> Evicted { get; } = [];

    public Task EvictAsync(IEnumerable<string> tags, CancellationToken cancellationToken = default)
    {
        lock (Evicted)
        {
            Evicted.AddRange(tags);
        }
        return Task.CompletedTask;
    }
}
