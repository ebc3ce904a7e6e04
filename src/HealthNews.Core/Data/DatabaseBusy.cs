using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HealthNews.Core.Data;

/// <summary>
/// Whether a request failed because the database can take no more right now (ADR-016): no pooled connection came free in
/// time (Npgsql's exhausted pool, SqlClient's pool timeout), the server refused another connection (PostgreSQL 53300
/// too_many_connections, 53000 insufficient_resources, 53400 configuration_limit_exceeded, 57P03 cannot_connect_now;
/// SQL Server 17809 user connections, 10928/10936 resource limits) or SQLite stayed busy past its timeout. The reader is
/// then answered 503 with Retry-After, never 500.
/// </summary>
public static class DatabaseBusy
{
    private const int SqliteBusy = 5;
    private static readonly string[] PostgreSqlStates = ["53300", "53000", "53400", "57P03"];
    private static readonly int[] SqlServerNumbers = [17809, 10928, 10936];

    /// <summary>How long a reader is asked to wait before trying again (the Retry-After header, in seconds).</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>Whether <paramref name="exception"/>, or one of its inner exceptions, says that the database is saturated.</summary>
    /// <param name="exception">What the request failed with.</param>
    public static bool IsCauseOf(Exception? exception) => ExceptionCauses.Any(exception, e => e switch
    {
        PostgresException postgres => PostgreSqlStates.Contains(postgres.SqlState),
        // The pool was exhausted, or the server did not answer in time: Npgsql wraps a TimeoutException.
        NpgsqlException npgsql => npgsql.InnerException is TimeoutException,
        SqlException sqlServer => SqlServerNumbers.Contains(sqlServer.Number),
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteBusy,
        // SqlClient's pool timeout is a plain InvalidOperationException thrown from its own assembly.
        InvalidOperationException other => other.TargetSite?.DeclaringType?.Assembly == typeof(SqlConnection).Assembly
            && other.Message.Contains("pool", StringComparison.OrdinalIgnoreCase),
        _ => false,
    });
}
