using HealthNews.Core.Backups;

namespace HealthNews.Web.Commands;

/// <summary>
/// backup --to &lt;folder&gt;: a consistent backup of a SQLite portal while it runs: the database (SQLite's backup API),
/// then the media folder, with manifest.json, in one healthnews-backup-{UTC time}.tar.gz (docs/deployment.md). A
/// PostgreSQL or SQL Server portal is refused with the command to use instead.
/// </summary>
internal static class BackupCommand
{
    public static readonly CommandSyntax Syntax = new("backup", "--to <thư mục>",
        "Sao lưu cơ sở dữ liệu SQLite và tệp media vào một tệp .tar.gz trong thư mục, khi cổng vẫn chạy.", ["--to"], []);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (await Syntax.RefuseUnknownAsync(args) is { } refused)
        {
            return refused;
        }
        var to = CommandRunner.Option(args, "--to");
        if (string.IsNullOrWhiteSpace(to))
        {
            Console.Error.WriteLine("Lệnh backup cần thư mục đích (ví dụ backup --to /var/backups/healthnews).");
            return await Syntax.UsageAsync();
        }
        try
        {
            // A relative path is taken from the content root, as the SQLite file's is (README, "Configuration").
            var path = Path.GetFullPath(to, app.Environment.ContentRootPath);
            var summary = await app.Services.GetRequiredService<PortalBackup>().BackupAsync(path, Console.WriteLine, app.Lifetime.ApplicationStopping);
            return summary.Manifest.MissingMediaFiles.Count > 0 ? 3 : 0;
        }
        catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Sao lưu không thành công: {e.Message}");
            return 1;
        }
    }
}
