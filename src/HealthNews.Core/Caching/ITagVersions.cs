namespace HealthNews.Core.Caching;

/// <summary>
/// Versions of the cache tags, as several portal nodes share them (ADR-015): evicting a tag advances its version, and
/// what a node keeps in memory is used only while the version it was loaded under is still the current one. On one node
/// (<see cref="LocalTagVersions"/>) evictions are in-process and every version is the same.
/// </summary>
public interface ITagVersions
{
    /// <summary>
    /// The version of <paramref name="tag"/> as this request sees it (read at most once per request): an empty string on
    /// one node; null when the shared versions can't be read (the shared store is unreachable), so that nothing may be
    /// trusted beyond its own short lifetime.
    /// </summary>
    /// <param name="tag">A tag of <see cref="CacheTags"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<string?> GetAsync(string tag, CancellationToken cancellationToken = default);

    /// <summary>
    /// Advances the versions of <paramref name="tags"/> on every node before it returns, or, when the shared store is
    /// unreachable, as soon as it answers again.
    /// </summary>
    /// <param name="tags">The tags whose data changed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task AdvanceAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default);
}
