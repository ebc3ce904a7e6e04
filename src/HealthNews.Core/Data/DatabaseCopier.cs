using System.Reflection;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data.Migrations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HealthNews.Core.Data;

/// <summary>
/// Copies every table of one HealthNews database into another, empty one, between any two of SQLite, PostgreSQL and
/// SQL Server, keeping ids, slugs and times, in one transaction on the target. Media bytes are not in the database and stay
/// where they are.
/// </summary>
public static class DatabaseCopier
{
    private const int BatchSize = 1000;

    private static readonly MethodInfo CopyTableMethod =
        typeof(DatabaseCopier).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo HasRowsMethod =
        typeof(DatabaseCopier).GetMethod(nameof(HasRowsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task<IReadOnlyList<CopiedTable>> CopyAsync(
        HealthNewsDbContext source, HealthNewsDbContext target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        // Both sides at the newest schema: the source as the portal would upgrade it on start, the target from empty.
        await MigrationRunner.ApplyAsync(source, cancellationToken);
        await MigrationRunner.ApplyAsync(target, cancellationToken);

        var tables = InsertionOrder(target.Model);
        foreach (var table in tables)
        {
            if (await (Task<bool>)HasRowsMethod.MakeGenericMethod(table.ClrType).Invoke(null, [target, cancellationToken])!)
            {
                throw new StartupException($"The target database already holds rows in {table.GetTableName()}: copy into an empty database.");
            }
        }

        var copied = new List<CopiedTable>();
        await using var transaction = await target.Database.BeginTransactionAsync(cancellationToken);
        foreach (var table in tables)
        {
            // SQL Server takes a value for an IDENTITY column only when asked to, one table at a time, and then moves the
            // table's identity past the largest value itself. SQLite's AUTOINCREMENT does the same unasked.
            var identityInsert = target.Database.IsSqlServer() && IdentityColumn(table) is not null;
            if (identityInsert)
            {
                await SetIdentityInsertAsync(target, table, "ON", cancellationToken);
            }
            var rows = await (Task<int>)CopyTableMethod.MakeGenericMethod(table.ClrType).Invoke(null, [source, target, cancellationToken])!;
            if (identityInsert)
            {
                await SetIdentityInsertAsync(target, table, "OFF", cancellationToken);
            }
            copied.Add(new CopiedTable(table.GetTableName()!, rows));
        }
        if (target.Database.IsNpgsql())
        {
            await ResetIdentitySequencesAsync(target, tables, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return copied;
    }

    private static Task<bool> HasRowsAsync<T>(HealthNewsDbContext db, CancellationToken cancellationToken) where T : class =>
        db.Set<T>().AnyAsync(cancellationToken);

    private static async Task<int> CopyTableAsync<T>(HealthNewsDbContext source, HealthNewsDbContext target, CancellationToken cancellationToken)
        where T : class
    {
        var count = 0;
        await foreach (var row in source.Set<T>().AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            target.Add(row);
            if (++count % BatchSize == 0)
            {
                await target.SaveChangesAsync(cancellationToken);
                target.ChangeTracker.Clear();
            }
        }
        await target.SaveChangesAsync(cancellationToken);
        target.ChangeTracker.Clear();
        return count;
    }

    // The table name comes from the model, never from input.
    private static async Task SetIdentityInsertAsync(HealthNewsDbContext target, IEntityType table, string onOrOff, CancellationToken cancellationToken)
    {
        var sql = $"SET IDENTITY_INSERT [{table.GetTableName()}] {onOrOff}";
        await target.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    /// <summary>The table's generated integer key (int or long), or null when its key is given by the application.</summary>
    private static IProperty? IdentityColumn(IEntityType table) =>
        table.FindPrimaryKey() is { Properties: [{ ValueGenerated: ValueGenerated.OnAdd } property] }
            && (property.ClrType == typeof(int) || property.ClrType == typeof(long)) ? property : null;

    // Rows were inserted with their own ids: move each identity sequence past the largest one.
    private static async Task ResetIdentitySequencesAsync(HealthNewsDbContext target, IEnumerable<IEntityType> tables, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            if (IdentityColumn(table) is not { } property)
            {
                continue;
            }
            var tableName = table.GetTableName()!;
            var column = property.GetColumnName();
            var sql = $"SELECT setval(pg_get_serial_sequence('\"{tableName}\"', '{column}'), COALESCE(MAX(\"{column}\"), 1), MAX(\"{column}\") IS NOT NULL) FROM \"{tableName}\"";
            await target.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    /// <summary>
    /// The tables a copy carries, in an order where every table comes after the tables it refers to (self-references
    /// aside). The Data Protection keys are left out: they belong to one installation and its key secret (ADR-016), so
    /// the copy makes its own and staff sign in again there.
    /// </summary>
    public static IReadOnlyList<IEntityType> InsertionOrder(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var remaining = model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.GetTableName() is not null && t.ClrType != typeof(DataProtectionKey)).ToList();
        var ordered = new List<IEntityType>();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(t => t.GetForeignKeys()
                .All(fk => fk.PrincipalEntityType == t || ordered.Contains(fk.PrincipalEntityType)))
                ?? throw new InvalidOperationException("The model's foreign keys form a cycle.");
            ordered.Add(next);
            remaining.Remove(next);
        }
        return ordered;
    }
}
