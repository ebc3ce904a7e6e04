using HealthNews.Core.Configuration;
using HealthNews.Testing;
using Npgsql;

namespace HealthNews.Web.Tests.Support;

/// <summary>
/// Two portal nodes as a load balancer would see them: two hosts behind real Kestrel sockets, on one PostgreSQL database,
/// each with its own data folder (its log, and whatever a node keeps on its own disk), sharing only what
/// <paramref name="settings"/> makes them share (a Redis server, a media folder). Node A starts first and initialises the
/// database; <see cref="StartTogetherAsync"/> starts both at once on an empty one.
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private TwoNodes(TestDatabase database, KestrelPortal a, KestrelPortal b)
    {
        Database = database;
        A = a;
        B = b;
    }

    public TestDatabase Database { get; }

    public KestrelPortal A { get; }

    public KestrelPortal B { get; }

    /// <summary>
    /// Starts node A, then node B, with the same <paramref name="settings"/>, on a new database of the shared server or on
    /// <paramref name="database"/> (which the nodes then own).
    /// </summary>
    public static async Task<TwoNodes> StartAsync(IReadOnlyDictionary<string, string>? settings = null, TestDatabase? database = null)
    {
        var nodes = await CreateAsync(settings, database);
        _ = nodes.A.Address;
        _ = nodes.B.Address;
        return nodes;
    }

    /// <summary>Starts both nodes at the same moment on an empty database (both try to migrate it).</summary>
    public static async Task<TwoNodes> StartTogetherAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var nodes = await CreateAsync(settings);
        await Task.WhenAll(Task.Run(() => nodes.A.Address), Task.Run(() => nodes.B.Address));
        return nodes;
    }

    private static async Task<TwoNodes> CreateAsync(IReadOnlyDictionary<string, string>? settings, TestDatabase? database = null)
    {
        database ??= await TestDatabase.CreateAsync(DatabaseOptions.PostgreSql, "nodes");
        return new TwoNodes(database, Node(database, "node-a", settings), Node(database, "node-b", settings));
    }

    private static KestrelPortal Node(TestDatabase database, string name, IReadOnlyDictionary<string, string>? settings)
    {
        var folder = Path.Combine(database.Directory, name);
        Directory.CreateDirectory(folder);
        var node = new KestrelPortal(database, folder);
        // Each node its own connection pool, as on two machines (in one test process the same string would share one).
        node.Settings[$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] =
            new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString) { ApplicationName = name }.ToString();
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            node.Settings[key] = value;
        }
        return node;
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Database.DisposeAsync();
    }
}
