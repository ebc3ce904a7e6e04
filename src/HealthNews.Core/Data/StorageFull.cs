using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HealthNews.Core.Data;

/// <summary>
/// Whether a failed write failed because the server's storage is full: the database's disk (SQLite's SQLITE_FULL,
/// PostgreSQL's disk_full 53100, SQL Server's full filegroup 1105 or transaction log 9002) or the media folder's
/// (an <see cref="IOException"/> for ENOSPC or a disk quota, or Windows' ERROR_DISK_FULL). The writers turn it into a
/// message that tells the editor nothing was saved, instead of an error page.
/// </summary>
public static class StorageFull
{
    private const int SqliteFull = 13;
    private const string PostgreSqlDiskFull = "53100";
    private const int SqlServerFilegroupFull = 1105;
    private const int SqlServerLogFull = 9002;

    // On Linux an IOException carries the errno: ENOSPC 28, EDQUOT 122. On Windows the HRESULT of ERROR_DISK_FULL (112)
    // or ERROR_HANDLE_DISK_FULL (39).
    private static readonly int[] DiskFullResults = [28, 122, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    /// <summary>Whether <paramref name="exception"/>, or one of its inner exceptions, says that the storage is full.</summary>
    public static bool IsCauseOf(Exception? exception) => ExceptionCauses.Any(exception, e => e switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteFull,
        PostgresException postgres => postgres.SqlState == PostgreSqlDiskFull,
        SqlException sqlServer => sqlServer.Number is SqlServerFilegroupFull or SqlServerLogFull,
        IOException io => DiskFullResults.Contains(io.HResult),
        _ => false,
    });
}
