using System.Data.Common;
using HealthNews.Core.Configuration;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace HealthNews.Core.Data.Migrations;

/// <summary>
/// One web server at a time migrates and loads the sample content (ADR-016): PostgreSQL's session advisory lock, SQL
/// Server's session application lock, held on a connection of its own until disposed; the others wait, then find nothing
/// left to do. SQLite needs none: one process owns its file. A database that does not exist yet can't be locked; EF
/// creates it, and an operator who starts several nodes creates it first (docs/deployment.md).
/// </summary>
public sealed class MigrationLock : IAsyncDisposable
{
    private const long PostgreSqlKey = 0x484E_4D49_4752_4154; // "HNMIGRAT"
    private const string SqlServerResource = "HealthNews.Migrations";

    private readonly DbConnection? _connection;

    private MigrationLock(DbConnection? connection) => _connection = connection;

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="wait"/> for another node to finish; <paramref name="waiting"/> is
    /// called once when the lock is held by another node.
    /// </summary>
    /// <param name="database">The database to lock.</param>
    /// <param name="wait">How long another node may hold the lock before start-up gives up.</param>
    /// <param name="waiting">Called when this node has to wait.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    public static async Task<MigrationLock> AcquireAsync(DatabaseSettings database, TimeSpan wait, Action waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(waiting);
        if (database.IsSqlite)
        {
            return new MigrationLock(null);
        }
        var postgres = database.Provider == DatabaseOptions.PostgreSql;
        DbConnection connection = postgres ? new NpgsqlConnection(database.ConnectionString) : new SqlConnection(database.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception e) when (e is PostgresException { SqlState: "3D000" } or SqlException { Number: 4060 })
        {
            await connection.DisposeAsync();
            return new MigrationLock(null); // no database yet: EF creates it
        }
        try
        {
            if (!await TryTakeAsync(connection, postgres, TimeSpan.Zero, cancellationToken))
            {
                waiting();
                if (!await TryTakeAsync(connection, postgres, wait, cancellationToken))
                {
                    throw new StartupException(
                        $"Another web server has been migrating the {database.Describe()} for more than {wait.TotalSeconds:0} seconds; check it, then start this one again.");
                }
            }
            return new MigrationLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> TryTakeAsync(DbConnection connection, bool postgres, TimeSpan wait, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var milliseconds = (int)wait.TotalMilliseconds;
        // The command may wait as long as the lock allows, and a little more.
        command.CommandTimeout = (int)wait.TotalSeconds + 30;
        if (postgres)
        {
            if (milliseconds == 0)
            {
                command.CommandText = $"SELECT pg_try_advisory_lock({PostgreSqlKey})";
                return await command.ExecuteScalarAsync(cancellationToken) is true;
            }
            // pg_advisory_lock waits without limit: the session's lock_timeout bounds it.
            command.CommandText = $"SET lock_timeout = {milliseconds}; SELECT pg_advisory_lock({PostgreSqlKey});";
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
                return true;
            }
            catch (PostgresException e) when (e.SqlState == "55P03") // lock_not_available: the wait ran out
            {
                return false;
            }
        }
        command.CommandText =
            "DECLARE @result int; " +
            $"EXEC @result = sp_getapplock @Resource = N'{SqlServerResource}', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = {milliseconds}; " +
            "SELECT @result;";
        return await command.ExecuteScalarAsync(cancellationToken) is int result && result >= 0;
    }

    /// <summary>Releases the lock and closes its connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }
        try
        {
            await using var command = _connection.CreateCommand();
            command.CommandText = _connection is NpgsqlConnection
                ? $"SELECT pg_advisory_unlock({PostgreSqlKey})"
                : $"EXEC sp_releaseapplock @Resource = N'{SqlServerResource}', @LockOwner = 'Session';";
            await command.ExecuteNonQueryAsync();
        }
        catch (DbException)
        {
            // the connection broke (the failure start-up is reporting, most likely): closing it releases the lock anyway
        }
        finally
        {
            await _connection.DisposeAsync(); // a closed session releases its lock in any case
        }
    }
}
