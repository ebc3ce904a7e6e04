using Microsoft.Data.SqlClient;

namespace HealthNews.Testing;

/// <summary>
/// The SQL Server that a user's own run names in HEALTHNEWS_TEST_SQLSERVER (a login allowed to create databases, e.g.
/// the official container image's sa). No SQL Server engine can be installed on the project's machines, so without it
/// every test marked <see cref="SqlServerTestAttribute"/> is reported as skipped, with <see cref="SkipReason"/>.
/// </summary>
public static class TestSqlServer
{
    public const string Variable = "HEALTHNEWS_TEST_SQLSERVER";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string? SkipReason => ConnectionString is null
        ? $"SQL Server: {Variable} is not set (no SQL Server engine on this machine; README, \"Testing on SQL Server\", says how to give one)"
        : null;

    /// <summary>The connection string of <paramref name="database"/> on the given server.</summary>
    public static string ConnectionStringFor(string database) =>
        new SqlConnectionStringBuilder(ConnectionString ?? throw new InvalidOperationException(SkipReason)) { InitialCatalog = database }.ToString();

    /// <summary>A new, empty database; its name is unique to the caller.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await ExecuteOnMasterAsync($"CREATE DATABASE [{name}]");
        // Readers don't wait for writers, as on PostgreSQL and SQLite in WAL mode (ADR-009 recommends it in production).
        await ExecuteOnMasterAsync($"ALTER DATABASE [{name}] SET READ_COMMITTED_SNAPSHOT ON WITH ROLLBACK IMMEDIATE");
        return name;
    }

    public static async Task DropDatabaseAsync(string name)
    {
        SqlConnection.ClearAllPools();
        await ExecuteOnMasterAsync($"IF DB_ID(N'{name}') IS NOT NULL BEGIN ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]; END");
    }

    private static async Task ExecuteOnMasterAsync(string sql)
    {
        await using var connection = new SqlConnection(ConnectionStringFor("master"));
        await connection.OpenAsync();
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
