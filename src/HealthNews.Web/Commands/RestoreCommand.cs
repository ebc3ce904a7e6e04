using HealthNews.Core.Backups;

namespace HealthNews.Web.Commands;

/// <summary>
/// restore --from &lt;archive&gt;: restores a backup made by <c>backup</c> into the configured data directory
/// (HealthNews:DataDirectory) and SQLite file, which must be empty or missing. Every checksum is verified before anything
/// is written; a refused or failed restore leaves the data directory as it was and exits with 1.
/// </summary>
internal static class RestoreCommand
{
    public static readonly CommandSyntax Syntax = new("restore", "--from <tệp>",
        "Khôi phục cơ sở dữ liệu và tệp media từ một bản sao lưu vào thư mục dữ liệu còn trống.", ["--from"], []);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (await Syntax.RefuseUnknownAsync(args) is { } refused)
        {
            return refused;
        }
        var from = CommandRunner.Option(args, "--from");
        if (string.IsNullOrWhiteSpace(from))
        {
            Console.Error.WriteLine("Lệnh restore cần tệp sao lưu (ví dụ restore --from healthnews-backup-….tar.gz).");
            return await Syntax.UsageAsync();
        }
        try
        {
            // A relative path is taken from the content root, as the SQLite file's is (README, "Configuration").
            var path = Path.GetFullPath(from, app.Environment.ContentRootPath);
            await app.Services.GetRequiredService<PortalBackup>().RestoreAsync(path, Console.WriteLine, app.Lifetime.ApplicationStopping);
            return 0;
        }
        catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Khôi phục không thành công: {e.Message}");
            return 1;
        }
    }
}
