using System.Collections.Concurrent;
using System.Formats.Tar;
using System.IO.Compression;
using HealthNews.Core.Backups;
using HealthNews.Core.Data;
using HealthNews.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Backups;

/// <summary>The backup and restore commands as an operator runs them, and what restore refuses.</summary>
public sealed class BackupCommandTests(SqlitePortal portal) : IClassFixture<SqlitePortal>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "healthnews-backup-tests", Guid.NewGuid().ToString("N"));

    private Dictionary<string, string> PortalSettings => new()
    {
        ["Database__Provider"] = portal.Database.Provider,
        ["ConnectionStrings__HealthNews"] = portal.Database.Settings.ConnectionString,
        ["HealthNews__DataDirectory"] = portal.DataDirectory,
    };

    private static Dictionary<string, string> RestoreSettings(string dataDirectory) => new()
    {
        ["ConnectionStrings__HealthNews"] = "", // the default: healthnews.db in the data directory
        ["HealthNews__DataDirectory"] = dataDirectory,
    };

    [Fact]
    public async Task TheBackupCommandArchivesTheServingPortalAndTheRestoreCommandRebuildsItInAnEmptyDirectory()
    {
        _ = portal.Services; // the portal is up, its sample content loaded
        var backups = Path.Combine(_folder, "backups");

        var backup = await PortalProcess.RunAsync(PortalSettings, "backup", "--to", backups);

        Assert.True(backup.ExitCode == 0, backup.Output);
        Assert.Contains("kiểm tra toàn vẹn: ok", backup.Output, StringComparison.Ordinal);
        var archive = Assert.Single(Directory.GetFileSystemEntries(backups)); // no .partial file or staging folder left
        Assert.Matches(@"healthnews-backup-\d{4}-\d{2}-\d{2}T\d{6}Z\.tar\.gz$", archive);
        Assert.Contains($"Đã sao lưu vào {archive}", backup.Output, StringComparison.Ordinal);

        var restored = Path.Combine(_folder, "restored");
        var restore = await PortalProcess.RunAsync(RestoreSettings(restored), "restore", "--from", archive);

        Assert.True(restore.ExitCode == 0, restore.Output);
        Assert.Contains($"Đã khôi phục vào {restored}", restore.Output, StringComparison.Ordinal);
        Assert.Equal(["backups", "restored"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        await using var copy = Open(Path.Combine(restored, "healthnews.db"));
        await portal.WithDbAsync(async live =>
        {
            Assert.Equal(await live.Articles.Select(a => a.Slug).OrderBy(s => s).ToListAsync(), await copy.Articles.Select(a => a.Slug).OrderBy(s => s).ToListAsync());
            Assert.Equal(await live.MediaFiles.CountAsync(), await copy.MediaFiles.CountAsync());
        });
        Assert.Equal(Directory.GetFiles(Path.Combine(portal.DataDirectory, "media"), "*", SearchOption.AllDirectories).Length,
            Directory.GetFiles(Path.Combine(restored, "media"), "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task RestoreRefusesADataDirectoryThatIsNotEmptyWithItsReasonAndExitCode1()
    {
        var archive = (await portal.Services.GetRequiredService<PortalBackup>().BackupAsync(Path.Combine(_folder, "backups"))).ArchivePath;
        var occupied = Path.Combine(_folder, "occupied");
        Directory.CreateDirectory(occupied);
        await File.WriteAllTextAsync(Path.Combine(occupied, "ghi-chu.txt"), "dữ liệu đang dùng");

        var restore = await PortalProcess.RunAsync(RestoreSettings(occupied), "restore", "--from", archive);

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains($"Khôi phục không thành công: Thư mục dữ liệu {occupied} không trống (có ghi-chu.txt).", restore.Output, StringComparison.Ordinal);
        Assert.Equal(["ghi-chu.txt"], Directory.GetFileSystemEntries(occupied).Select(Path.GetFileName));
        Assert.Equal(["backups", "occupied"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RestoreFillsAnExistingEmptyDataDirectoryAndPutsTheDatabaseWhereTheConnectionStringSays()
    {
        var archive = (await portal.Services.GetRequiredService<PortalBackup>().BackupAsync(Path.Combine(_folder, "backups"))).ArchivePath;
        var data = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName; // e.g. a mount point, made by the operator
        var database = Path.Combine(Directory.CreateDirectory(Path.Combine(_folder, "db")).FullName, "portal.db");
        var restoring = new PortalBackup(data, new DatabaseSettings("Sqlite", $"Data Source={database}"), TimeProvider.System);

        var summary = await restoring.RestoreAsync(archive);

        Assert.Equal(["media"], Directory.GetFileSystemEntries(data).Select(Path.GetFileName)); // no staging folder left
        Assert.Equal(["portal.db"], Directory.GetFileSystemEntries(Path.GetDirectoryName(database)!).Select(Path.GetFileName));
        Assert.Equal(summary.Manifest.Files.Count - 1, Directory.GetFiles(Path.Combine(data, "media"), "*", SearchOption.AllDirectories).Length);
        await using var copy = Open(database);
        Assert.Equal(summary.Manifest.TableRows["Articles"], await copy.Articles.CountAsync());
    }

    [Fact]
    public async Task RestoreRefusesAnArchiveWithAChangedByteBeforeWritingAnything()
    {
        var archive = (await portal.Services.GetRequiredService<PortalBackup>().BackupAsync(Path.Combine(_folder, "backups"))).ArchivePath;
        var flipped = Path.Combine(_folder, "flipped.tar.gz");
        var bytes = await File.ReadAllBytesAsync(archive);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(flipped, bytes);
        // The same archive re-packed with one byte of one photo changed: gzip and tar are sound, only the manifest can tell.
        var repacked = Path.Combine(_folder, "repacked.tar.gz");
        var changed = await RepackChangingOneByteAsync(archive, repacked);
        var target = Path.Combine(_folder, "target");
        var restoring = new PortalBackup(target, new DatabaseSettings("Sqlite", $"Data Source={Path.Combine(target, "healthnews.db")}"), TimeProvider.System);
        // Restore writes beside its target first; the watcher sees any entry made there, even one removed again.
        using var watcher = new FileSystemWatcher(_folder) { EnableRaisingEvents = true };
        var created = new ConcurrentQueue<string>();
        var sentinelSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Created += (_, e) =>
        {
            created.Enqueue(e.Name!);
            if (e.Name == "sentinel")
            {
                sentinelSeen.TrySetResult();
            }
        };

        var damaged = await Assert.ThrowsAsync<BackupException>(() => restoring.RestoreAsync(flipped));
        var tampered = await Assert.ThrowsAsync<BackupException>(() => restoring.RestoreAsync(repacked));
        await File.WriteAllTextAsync(Path.Combine(_folder, "sentinel"), ""); // events arrive in order: once it is seen, all earlier ones were
        await sentinelSeen.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(flipped, damaged.Message, StringComparison.Ordinal);
        Assert.Contains($"{changed} không khớp mã SHA-256 trong manifest", tampered.Message, StringComparison.Ordinal);
        Assert.EndsWith("không khôi phục, không có gì được ghi.", tampered.Message, StringComparison.Ordinal);
        Assert.Equal(["sentinel"], created); // no target, no staging folder, not even for a moment
    }

    [Fact]
    public async Task BackupAndRestoreOfAPostgreSqlPortalAreRefusedWithThePgDumpProcedure()
    {
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSQL",
            ["ConnectionStrings__HealthNews"] = "Host=127.0.0.1;Port=5432;Database=healthnews;Username=healthnews;Password=khong-dung",
            ["HealthNews__DataDirectory"] = Path.Combine(_folder, "data"),
        };

        var backup = await PortalProcess.RunAsync(settings, "backup", "--to", Path.Combine(_folder, "backups"));
        var restore = await PortalProcess.RunAsync(settings, "restore", "--from", Path.Combine(_folder, "khong-co.tar.gz"));

        foreach (var result in new[] { backup, restore })
        {
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("chỉ dành cho SQLite; portal đang dùng PostgreSQL. Với PostgreSQL hãy sao lưu bằng pg_dump", result.Output, StringComparison.Ordinal);
            Assert.Contains("docs/deployment.md", result.Output, StringComparison.Ordinal);
        }
        Assert.False(Directory.Exists(_folder), "nothing is written for a refused command");
    }

    /// <summary>Copies the archive entry by entry, flipping one byte in the middle of the first photo; returns its name.</summary>
    private static async Task<string> RepackChangingOneByteAsync(string archive, string copy)
    {
        string? changed = null;
        await using (var input = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress))
        await using (var output = new GZipStream(File.Create(copy), CompressionLevel.Fastest))
        {
            using var reader = new TarReader(input);
            await using var writer = new TarWriter(output, TarEntryFormat.Pax);
            while (await reader.GetNextEntryAsync(copyData: true) is { } entry)
            {
                if (changed is null && entry.Name.StartsWith("media/", StringComparison.Ordinal) && entry.Name.EndsWith(".jpg", StringComparison.Ordinal))
                {
                    var data = new MemoryStream();
                    await entry.DataStream!.CopyToAsync(data);
                    data.GetBuffer()[data.Length / 2] ^= 0x01;
                    data.Position = 0;
                    entry.DataStream = data;
                    changed = entry.Name;
                }
                await writer.WriteEntryAsync(entry);
            }
        }
        return changed ?? throw new InvalidOperationException("The archive holds no photo.");
    }

    private static HealthNewsDbContext Open(string file)
    {
        var options = new DbContextOptionsBuilder<HealthNewsDbContext>();
        new DatabaseSettings("Sqlite", new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()).Configure(options);
        return new HealthNewsDbContext(options.Options);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
