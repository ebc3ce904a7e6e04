using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HealthNews.Core.Data;

/// <summary>
/// Whether a write was refused by a constraint (SQLite's SQLITE_CONSTRAINT 19, PostgreSQL's class 23, SQL Server's
/// duplicate key 2601/2627 and foreign key 547): a refusal that concerns some rows, unlike an outage, which concerns all.
/// </summary>
public static class ConstraintViolation
{
    private const int SqliteConstraint = 19;
    private static readonly int[] SqlServerNumbers = [2601, 2627, 547];

    /// <summary>Whether <paramref name="exception"/>, or one of its inner exceptions, is a constraint's refusal.</summary>
    /// <param name="exception">What the write failed with.</param>
    public static bool IsCauseOf(Exception? exception) => ExceptionCauses.Any(exception, e => e switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint,
        PostgresException postgres => postgres.SqlState.StartsWith("23", StringComparison.Ordinal),
        SqlException sqlServer => SqlServerNumbers.Contains(sqlServer.Number),
        _ => false,
    });
}
