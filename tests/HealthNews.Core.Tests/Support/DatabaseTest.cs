using HealthNews.Testing;

namespace HealthNews.Core.Tests.Support;

/// <summary>
/// A test class that runs against a fresh database of one provider. Each behaviour is written once in an abstract
/// class and run by three small subclasses, one per provider (SQL Server's is skipped when no server is given).
/// </summary>
public abstract class DatabaseTest(string provider) : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;

    protected string Provider => provider;

    public async Task InitializeAsync() => Database = await TestDatabase.CreateAsync(provider);

    public virtual async Task DisposeAsync() => await Database.DisposeAsync();
}
