using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HealthNews.Core.Data.Migrations;

public static class MigrationRunner
{
    /// <summary>The migrations not yet applied, newest schema first made possible on an empty database.</summary>
    public static async Task<IReadOnlyList<string>> PendingAsync(HealthNewsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await EnsureHistoryTableAsync(db, cancellationToken);
        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
    }

    /// <summary>Brings the database to the newest migration.</summary>
    public static async Task ApplyAsync(HealthNewsDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await EnsureHistoryTableAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// The SQL of every migration for the context's provider, made without connecting: for a DBA who applies changes
    /// by hand. An idempotent script checks the history table before each migration, so it can run on any version.
    /// </summary>
    public static string Script(HealthNewsDbContext db, bool idempotent)
    {
        ArgumentNullException.ThrowIfNull(db);
        var options = idempotent ? MigrationsSqlGenerationOptions.Idempotent : MigrationsSqlGenerationOptions.Default;
        return db.GetService<IMigrator>().GenerateScript(options: options);
    }

    // Npgsql's history repository doesn't look before it reads, so on an empty PostgreSQL database EF logs a
    // spurious error (npgsql/efcore.pg#3407). Creating the table first with EF's own script avoids it.
    private static async Task EnsureHistoryTableAsync(HealthNewsDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var script = db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript();
            await db.Database.ExecuteSqlRawAsync(script, cancellationToken);
        }
    }
}
