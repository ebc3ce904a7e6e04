using HealthNews.Core.Configuration;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace HealthNews.Core.Data;

/// <summary>The database the portal was configured with.</summary>
public sealed record DatabaseSettings(string Provider, string ConnectionString)
{
    /// <summary>
    /// Reads the provider and connection string, failing with one clear message when they are wrong. A relative SQLite
    /// file is taken relative to the content root, whatever the current directory.
    /// </summary>
    public static DatabaseSettings Resolve(IConfiguration configuration, string contentRoot, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var configured = section.Provider ?? DatabaseOptions.Sqlite;
        var provider = DatabaseOptions.FindProvider(configured)
            ?? throw new StartupException($"Database:Provider '{configured}' is unknown: use {DatabaseOptions.ProviderList}.");
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);

        if (provider == DatabaseOptions.Sqlite)
        {
            var sqlite = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? "" : connectionString);
            if (string.IsNullOrWhiteSpace(sqlite.DataSource))
            {
                sqlite.DataSource = Path.Combine(dataDirectory, "healthnews.db");
            }
            else if (sqlite.DataSource != ":memory:" && !Path.IsPathRooted(sqlite.DataSource))
            {
                sqlite.DataSource = Path.GetFullPath(Path.Combine(contentRoot, sqlite.DataSource));
            }
            return new DatabaseSettings(DatabaseOptions.Sqlite, sqlite.ToString());
        }
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var example = provider == DatabaseOptions.PostgreSql
                ? "Host=127.0.0.1;Port=5432;Database=healthnews;Username=healthnews;Password=..."
                : "Server=127.0.0.1,1433;Database=HealthNews;User Id=healthnews;Password=...;TrustServerCertificate=True";
            throw new StartupException(
                $"Database:Provider is {provider} but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is missing (for example: {example}).");
        }
        try
        {
            // Parse now, so that a mistyped keyword is one clear line rather than a failure at the first query.
            _ = provider == DatabaseOptions.PostgreSql
                ? new NpgsqlConnectionStringBuilder(connectionString).Host
                : new SqlConnectionStringBuilder(connectionString).DataSource;
        }
        catch (ArgumentException e)
        {
            throw new StartupException($"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not a valid {provider} connection string: {e.Message}", e);
        }
        return new DatabaseSettings(provider, ConnectionBudget.Apply(provider, connectionString, section));
    }

    public bool IsSqlite => Provider == DatabaseOptions.Sqlite;

    public void Configure(DbContextOptionsBuilder options)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (Provider)
        {
            case DatabaseOptions.Sqlite:
                options.UseSqlite(ConnectionString).AddInterceptors(PlainSqliteConnections.Instance);
                break;
            case DatabaseOptions.PostgreSql:
                options.UseNpgsql(ConnectionString);
                break;
            case DatabaseOptions.SqlServer:
                // EF 10 assumes SQL Server 2022; ask only for what 2019 has (ADR-009).
                options.UseSqlServer(ConnectionString, sqlServer => sqlServer.UseCompatibilityLevel(150));
                break;
            default:
                throw new InvalidOperationException($"Unknown provider {Provider}.");
        }
        // Rules written once as expressions (visibility, scheduling) are spliced into every query.
        options.AddInterceptors(QueryRuleExpander.Instance);
    }

    /// <summary>Where the database is, for log lines: the SQLite file, or the server and database; never a password.</summary>
    public string Describe()
    {
        switch (Provider)
        {
            case DatabaseOptions.Sqlite:
                return $"SQLite file {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
            case DatabaseOptions.PostgreSql:
                var postgres = new NpgsqlConnectionStringBuilder(ConnectionString);
                return $"PostgreSQL database '{postgres.Database}' on {postgres.Host}:{postgres.Port}";
            default:
                var sqlServer = new SqlConnectionStringBuilder(ConnectionString);
                return $"SQL Server database '{sqlServer.InitialCatalog}' on {sqlServer.DataSource}";
        }
    }

    // Keep the password out of logs and exception messages.
    public override string ToString() => Describe();
}
