using System.Data.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Commands;

/// <summary>
/// copy-database --from-provider Sqlite --from "Data Source=old.db": copies every table of that database into the
/// portal's configured database (Database:Provider, ConnectionStrings:HealthNews), which must be empty. Either side may be
/// SQLite, PostgreSQL or SQL Server.
/// </summary>
internal static partial class CopyDatabaseCommand
{
    public static readonly CommandSyntax Syntax = new("copy-database", "--from \"<chuỗi kết nối>\" [--from-provider Sqlite|PostgreSQL|SqlServer]",
        "Chép mọi bảng của một cơ sở dữ liệu khác vào cơ sở dữ liệu đang cấu hình (phải còn trống).", ["--from", "--from-provider"], []);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (await Syntax.RefuseUnknownAsync(args) is { } refused)
        {
            return refused;
        }
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HealthNews.Commands");
        var from = CommandRunner.Option(args, "--from");
        if (from is null)
        {
            throw new StartupException(
                "copy-database needs --from \"<connection string>\" (and --from-provider Sqlite|PostgreSQL|SqlServer, Sqlite by default).");
        }
        var fromConfiguration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.SectionName}:Provider"] = CommandRunner.Option(args, "--from-provider") ?? DatabaseOptions.Sqlite,
            [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = from,
        }).Build();
        var sourceSettings = DatabaseSettings.Resolve(fromConfiguration, app.Environment.ContentRootPath, app.Environment.ContentRootPath);
        if (sourceSettings.IsSqlite && !File.Exists(new SqliteConnectionStringBuilder(sourceSettings.ConnectionString).DataSource))
        {
            throw new StartupException($"The source {sourceSettings.Describe()} does not exist.");
        }
        var targetSettings = app.Services.GetRequiredService<DatabaseSettings>();

        var sourceOptions = new DbContextOptionsBuilder<HealthNewsDbContext>();
        sourceSettings.Configure(sourceOptions);
        await using var source = new HealthNewsDbContext(sourceOptions.Options);
        await using var scope = app.Services.CreateAsyncScope();
        var target = scope.ServiceProvider.GetRequiredService<HealthNewsDbContext>();

        LogCopyStarting(logger, sourceSettings, targetSettings);
        IReadOnlyList<CopiedTable> copied;
        try
        {
            copied = await DatabaseCopier.CopyAsync(source, target, app.Lifetime.ApplicationStopping);
        }
        catch (DbException e)
        {
            throw new StartupException($"Copying {sourceSettings.Describe()} into {targetSettings.Describe()} failed, nothing was written: {e.Message}", e);
        }
        foreach (var table in copied)
        {
            LogTableCopied(logger, table.Table, table.Rows);
        }
        LogCopyFinished(logger, targetSettings);
        return 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Copying {Source} into {Target}")]
    private static partial void LogCopyStarting(ILogger logger, DatabaseSettings source, DatabaseSettings target);

    [LoggerMessage(Level = LogLevel.Information, Message = "Copied {Rows} row(s) of {Table}")]
    private static partial void LogTableCopied(ILogger logger, string table, int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Copy finished: {Target} now holds the portal's content")]
    private static partial void LogCopyFinished(ILogger logger, DatabaseSettings target);
}
