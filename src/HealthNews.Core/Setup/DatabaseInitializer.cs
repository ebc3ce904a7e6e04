using System.Data.Common;
using System.Net.Sockets;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Data.Migrations;
using HealthNews.Core.Newsroom;
using HealthNews.Core.SampleContent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HealthNews.Core.Setup;

/// <summary>Brings the database to the newest migration and, when asked, loads the sample content.</summary>
public sealed partial class DatabaseInitializer(
    HealthNewsDbContext db,
    DatabaseSettings database,
    SampleContentLoader sampleContent,
    ArticleRendering rendering,
    IOptions<HealthNewsOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>
    /// Migrates; loads the sample content when asked here and allowed by configuration; then runs
    /// <paramref name="whileLocked"/>. Web servers starting together do this one after another (ADR-016).
    /// </summary>
    /// <param name="loadSampleContent">Whether the sample content may be loaded into an empty database.</param>
    /// <param name="whileLocked">More start-up work that must not run on two nodes at once (the first Data Protection key).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task InitializeAsync(bool loadSampleContent = true, Func<Task>? whileLocked = null, CancellationToken cancellationToken = default)
    {
        if (database.IsSqlite)
        {
            var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            var directory = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(file) && file != ":memory:" && directory is not null)
            {
                Directory.CreateDirectory(directory);
            }
        }

        // Several web servers starting together: one migrates and loads the sample content, the others wait for it and
        // then find nothing left to do (ADR-016).
        MigrationLock migrationLock;
        try
        {
            migrationLock = await MigrationLock.AcquireAsync(database, MigrationWait, () => LogWaitingForMigration(logger, database), cancellationToken);
        }
        catch (Exception e) when (IsUnreachable(e))
        {
            throw Unreachable(e);
        }
        await using (migrationLock)
        {
            await MigrateAndLoadAsync(loadSampleContent, cancellationToken);
            if (whileLocked is not null)
            {
                await whileLocked();
            }
        }
        if (database.Provider == DatabaseOptions.PostgreSql)
        {
            await ReportConnectionBudgetAsync(cancellationToken);
        }
    }

    // What the server accepts against this node's pool (ADR-016: nodes × pool ≤ max_connections − the reserved ones), said
    // once at start-up, and loudly when one node's pool alone is larger.
    private async Task ReportConnectionBudgetAsync(CancellationToken cancellationToken)
    {
        var available = await db.Database.SqlQueryRaw<int>(
            "SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int AS \"Value\"")
            .SingleAsync(cancellationToken);
        var pool = new NpgsqlConnectionStringBuilder(database.ConnectionString).MaxPoolSize;
        if (pool > available)
        {
            LogPoolOverBudget(logger, pool, available);
        }
        else
        {
            LogConnectionBudget(logger, available, pool, available / pool);
        }
    }

    /// <summary>How long a node waits for another that is migrating the database before it gives up starting.</summary>
    public static readonly TimeSpan MigrationWait = TimeSpan.FromMinutes(10);

    private async Task MigrateAndLoadAsync(bool loadSampleContent, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> pending;
        try
        {
            pending = await MigrationRunner.PendingAsync(db, cancellationToken);
            if (pending.Count > 0)
            {
                LogApplyingMigrations(logger, pending.Count, database, pending);
                await MigrationRunner.ApplyAsync(db, cancellationToken);
            }
        }
        catch (Exception e) when (IsUnreachable(e))
        {
            throw Unreachable(e);
        }
        if (database.IsSqlite)
        {
            // Readers and the writer don't block each other in WAL mode; the setting stays with the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // Articles written before full-text search get their search text once, right after the migration that added it
        // (asking on every start would read every row: the column sits after the body).
        if (pending.Any(m => m.EndsWith("_" + nameof(Data.Migrations.AddArticleSearch), StringComparison.Ordinal)))
        {
            var summary = await rendering.RerenderAllAsync(cancellationToken: cancellationToken);
            LogSearchTextRendered(logger, summary.Changed, database);
        }

        if (loadSampleContent && options.Value.SampleContent && await sampleContent.LoadIfEmptyAsync(cancellationToken))
        {
            LogSampleContentLoaded(logger, database);
        }
    }

    private static bool IsUnreachable(Exception e) =>
        e is DbException or TimeoutException || e.InnerException is DbException or TimeoutException or SocketException;

    private StartupException Unreachable(Exception e) => new($"Cannot reach the {database.Describe()}: {(e.InnerException ?? e).Message}", e);

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting for another web server to migrate the {Database}")]
    private static partial void LogWaitingForMigration(ILogger logger, DatabaseSettings database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to the {Database}: {Migrations}")]
    private static partial void LogApplyingMigrations(ILogger logger, int count, DatabaseSettings database, IReadOnlyList<string> migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave {Count} article(s) their search text in the {Database}")]
    private static partial void LogSearchTextRendered(ILogger logger, int count, DatabaseSettings database);

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL accepts {Available} connections besides its reserved ones and this node's pool holds up to {Pool}: {Nodes} node(s) of this size fit (nodes × Database:MaxPoolSize ≤ {Available})")]
    private static partial void LogConnectionBudget(ILogger logger, int available, int pool, int nodes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database:MaxPoolSize {Pool} is more than the {Available} connections PostgreSQL accepts: once the pool grows past them, readers are answered 503. Lower Database:MaxPoolSize or raise max_connections (ADR-016)")]
    private static partial void LogPoolOverBudget(ILogger logger, int pool, int available);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the sample content into the empty {Database}")]
    private static partial void LogSampleContentLoaded(ILogger logger, DatabaseSettings database);
}
