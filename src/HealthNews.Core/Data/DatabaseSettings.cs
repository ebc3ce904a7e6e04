using HealthNews.Core.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

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
        var provider = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseOptions.Sqlite;
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);

        if (string.Equals(provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
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
        if (string.Equals(provider, DatabaseOptions.PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new StartupException(
                    $"Database:Provider is PostgreSQL but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is missing " +
                    "(for example: Host=127.0.0.1;Port=5432;Database=healthnews;Username=healthnews;Password=...).");
            }
            return new DatabaseSettings(DatabaseOptions.PostgreSql, connectionString);
        }
        throw new StartupException(
            $"Database:Provider '{provider}' is unknown: use '{DatabaseOptions.Sqlite}' or '{DatabaseOptions.PostgreSql}'.");
    }

    public bool IsSqlite => Provider == DatabaseOptions.Sqlite;

    public void Configure(DbContextOptionsBuilder options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (IsSqlite)
        {
            options.UseSqlite(ConnectionString).AddInterceptors(PlainSqliteConnections.Instance);
        }
        else
        {
            options.UseNpgsql(ConnectionString);
        }
        // Rules written once as expressions (visibility, scheduling) are spliced into every query.
        options.AddInterceptors(QueryRuleExpander.Instance);
    }

    /// <summary>Where the database is, for log lines: the SQLite file, or the PostgreSQL host, port and database; never a password.</summary>
    public string Describe()
    {
        if (IsSqlite)
        {
            return $"SQLite file {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
        }
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}";
    }

    // Keep the password out of logs and exception messages.
    public override string ToString() => Describe();
}
