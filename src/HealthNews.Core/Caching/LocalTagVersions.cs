namespace HealthNews.Core.Caching;

/// <summary>
/// One node: an eviction reaches everything this process keeps at once (<see cref="PublicDataCache"/>'s tokens), so
/// every tag has the same, unchanging version.
/// </summary>
public sealed class LocalTagVersions : ITagVersions
{
    /// <summary>The one instance a node needs.</summary>
    public static LocalTagVersions Instance { get; } = new();

    /// <inheritdoc />
    public ValueTask<string?> GetAsync(string tag, CancellationToken cancellationToken = default) => ValueTask.FromResult<string?>("");

    /// <inheritdoc />
    public Task AdvanceAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
