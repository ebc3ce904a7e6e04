using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HealthNews.Core.Data;

/// <summary>
/// Gives EF plain SQLite connections. EF's SQLite provider adds its .NET functions (regexp and the decimal helpers
/// ef_add, ef_compare, …) to every connection it creates, and Microsoft.Data.Sqlite registers them again with SQLite
/// at every open: each registration pins a delegate that only the finalizer releases. Under load that was most of the
/// cost of a query (GC, finalizer and lock time; docs/benchmarks.md). The portal's queries use none of those functions
/// (no decimal columns, no Regex in LINQ), and a query that did would fail loudly with "no such function" in the tests,
/// which all run on SQLite.
/// </summary>
public sealed class PlainSqliteConnections : DbConnectionInterceptor
{
    public static PlainSqliteConnections Instance { get; } = new();

    public override InterceptionResult<DbConnection> ConnectionCreating(
        ConnectionCreatingEventData eventData, InterceptionResult<DbConnection> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return InterceptionResult<DbConnection>.SuppressWithResult(new SqliteConnection(eventData.ConnectionString));
    }
}
