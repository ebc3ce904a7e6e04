using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Data.Migrations;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Commands;

/// <summary>
/// migration-script [--provider Sqlite|PostgreSQL|SqlServer] [--idempotent] [--output file.sql]: writes the SQL of every
/// migration for a DBA who applies schema changes by hand, without connecting to any database. The provider defaults to
/// the portal's configured one; the idempotent script checks the history table first, so it runs on any version.
/// </summary>
internal static partial class MigrationScriptCommand
{
    public static readonly CommandSyntax Syntax = new("migration-script", "[--provider Sqlite|PostgreSQL|SqlServer] [--idempotent] [--output <tệp.sql>]",
        "Ghi mã SQL của mọi bản cập nhật lược đồ cho người quản trị cơ sở dữ liệu, không cần kết nối.", ["--provider", "--output"], ["--idempotent"]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (await Syntax.RefuseUnknownAsync(args) is { } refused)
        {
            return refused;
        }
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HealthNews.Commands");
        var configured = app.Services.GetRequiredService<DatabaseSettings>();
        var requested = CommandRunner.Option(args, "--provider");
        var provider = requested is null ? configured.Provider
            : DatabaseOptions.FindProvider(requested)
              ?? throw new StartupException($"migration-script --provider '{requested}' is unknown: use {DatabaseOptions.ProviderList}.");
        // Generating SQL never opens a connection, so a placeholder serves when the configured database is another one.
        var settings = provider == configured.Provider ? configured : new DatabaseSettings(provider, Placeholder(provider));
        var options = new DbContextOptionsBuilder<HealthNewsDbContext>();
        settings.Configure(options);
        await using var db = new HealthNewsDbContext(options.Options);

        var output = Path.GetFullPath(CommandRunner.Option(args, "--output") ?? $"healthnews-{provider.ToLowerInvariant()}.sql");
        await File.WriteAllTextAsync(output, MigrationRunner.Script(db, idempotent: args.Contains("--idempotent")), app.Lifetime.ApplicationStopping);
        var count = db.Database.GetMigrations().Count();
        LogWritten(logger, count, provider, output);
        return 0;
    }

    private static string Placeholder(string provider) => provider switch
    {
        DatabaseOptions.Sqlite => "Data Source=healthnews.db",
        DatabaseOptions.PostgreSql => "Host=localhost;Database=healthnews",
        _ => "Server=localhost;Database=HealthNews",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote the SQL of {Count} migration(s) for {Provider} to {Output}")]
    private static partial void LogWritten(ILogger logger, int count, string provider, string output);
}
