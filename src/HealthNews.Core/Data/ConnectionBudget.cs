using System.Data.Common;
using System.Globalization;
using HealthNews.Core.Configuration;

namespace HealthNews.Core.Data;

/// <summary>
/// The connection pool of a server database, sized from configuration (ADR-016): <c>Database:MaxPoolSize</c> and
/// <c>Database:ConnectionTimeoutSeconds</c> win; else what the connection string names; else the documented defaults.
/// A request then waits briefly for a connection instead of opening more than the server allows.
/// </summary>
public static class ConnectionBudget
{
    // Each provider's spellings of the two keywords (their builders accept any of them).
    private static readonly string[] PostgreSqlPool = ["Maximum Pool Size", "MaximumPoolSize"];
    private static readonly string[] PostgreSqlTimeout = ["Timeout"];
    private static readonly string[] SqlServerPool = ["Max Pool Size"];
    private static readonly string[] SqlServerTimeout = ["Connect Timeout", "Connection Timeout", "Timeout"];

    /// <summary>
    /// <paramref name="connectionString"/> with its pool size and wait set; unchanged for SQLite. A value out of range
    /// stops start-up with one line.
    /// </summary>
    /// <param name="provider">The provider's name, as in <see cref="DatabaseOptions.Providers"/>.</param>
    /// <param name="connectionString">The configured connection string.</param>
    /// <param name="options">The "Database" section.</param>
    public static string Apply(string provider, string connectionString, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (provider == DatabaseOptions.Sqlite)
        {
            return connectionString;
        }
        if (options.MaxPoolSize is < 1 or > 1000)
        {
            throw new StartupException($"Database:MaxPoolSize must be from 1 to 1000 (it is {options.MaxPoolSize}).");
        }
        if (options.ConnectionTimeoutSeconds is < 1 or > 120)
        {
            throw new StartupException($"Database:ConnectionTimeoutSeconds must be from 1 to 120 (it is {options.ConnectionTimeoutSeconds}).");
        }
        var postgres = provider == DatabaseOptions.PostgreSql;
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        Set(builder, postgres ? PostgreSqlPool : SqlServerPool, options.MaxPoolSize, DatabaseOptions.DefaultMaxPoolSize);
        Set(builder, postgres ? PostgreSqlTimeout : SqlServerTimeout, options.ConnectionTimeoutSeconds, DatabaseOptions.DefaultConnectionTimeoutSeconds);
        return builder.ConnectionString;
    }

    private static void Set(DbConnectionStringBuilder builder, string[] keywords, int? configured, int fallback)
    {
        var named = Array.Find(keywords, builder.ContainsKey);
        if (configured is null && named is not null)
        {
            return; // the connection string's own value stands
        }
        foreach (var keyword in keywords)
        {
            builder.Remove(keyword);
        }
        builder[keywords[0]] = (configured ?? fallback).ToString(CultureInfo.InvariantCulture);
    }
}
