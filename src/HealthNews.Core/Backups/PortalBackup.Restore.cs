using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using HealthNews.Core.Data;
using HealthNews.Core.Text;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HealthNews.Core.Backups;

// The restoring half: verify the whole archive, write it into a hidden folder, check it again, then move it into place.
public sealed partial class PortalBackup
{
    private static readonly HashSet<string> KnownMigrations = typeof(HealthNewsDbContext).Assembly.GetTypes()
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Restores <paramref name="archive"/> into this portal's data directory, which must be empty or missing (as must the
    /// database file, when it is configured outside the data directory). Every file's SHA-256 is checked against the
    /// manifest before anything is written; the files are then written into a hidden folder beside the target (inside
    /// it, when it exists already), checked again (SHA-256, <c>PRAGMA integrity_check</c>, rows per table) and only then
    /// moved into place, so a restore that fails or is refused leaves the target as it found it.
    /// </summary>
    public async Task<RestoreSummary> RestoreAsync(string archive, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(archive);
        var report = progress ?? (_ => { });
        var started = Stopwatch.StartNew();
        var databaseFile = Path.GetFullPath(DatabaseFile);
        archive = Path.GetFullPath(archive);
        if (!File.Exists(archive))
        {
            throw new BackupException($"Không tìm thấy tệp sao lưu {archive}.");
        }
        RefuseNonEmptyTarget(databaseFile);

        report($"Kiểm tra tệp sao lưu {archive} ({FileSizes.Format(new FileInfo(archive).Length)})…");
        var manifest = await VerifyAsync(archive, cancellationToken);
        report($"Tệp sao lưu nguyên vẹn: {manifest.Files.Count} tệp khớp mã SHA-256 trong {BackupManifest.EntryName} "
            + $"(chụp lúc {manifest.CreatedAtUtc.ToString("yyyy-MM-dd HH':'mm':'ss", CultureInfo.InvariantCulture)} UTC, {Describe(manifest.TableRows)}).");

        var inside = IsInside(databaseFile, DataDirectory);
        var targetExists = Directory.Exists(DataDirectory);
        var id = Guid.NewGuid().ToString("N");
        var staging = targetExists
            ? Path.Combine(DataDirectory, $"{StagingPrefix}restore-{id}")
            : Path.Combine(Path.GetDirectoryName(DataDirectory)!, $"{StagingPrefix}restore-{Path.GetFileName(DataDirectory)}-{id}");
        var stagedDatabase = inside
            ? Path.Combine(staging, Path.GetRelativePath(DataDirectory, databaseFile))
            : Path.Combine(Path.GetDirectoryName(databaseFile)!, $"{StagingPrefix}restore-{id}.db");
        try
        {
            Directory.CreateDirectory(staging);
            Directory.CreateDirectory(Path.GetDirectoryName(stagedDatabase)!);
            await ExtractAsync(archive, manifest, staging, stagedDatabase, report, cancellationToken);
            await CheckRestoredDatabaseAsync(stagedDatabase, manifest, cancellationToken);
            RefuseNonEmptyTarget(databaseFile, besides: staging); // nothing may have arrived in the meantime
            MoveIntoPlace(staging, targetExists, inside ? null : (stagedDatabase, databaseFile));
        }
        catch
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
            if (!inside)
            {
                File.Delete(stagedDatabase);
            }
            throw;
        }
        report($"Đã khôi phục vào {DataDirectory} trong {started.Elapsed.TotalSeconds:0.0} s: cơ sở dữ liệu {databaseFile} "
            + $"(kiểm tra toàn vẹn: ok, số dòng từng bảng khớp manifest) và {manifest.Files.Count - 1} tệp media. Hãy khởi động portal.");
        return new RestoreSummary(DataDirectory, databaseFile, manifest, started.Elapsed);
    }

    private void RefuseNonEmptyTarget(string databaseFile, string? besides = null)
    {
        if (File.Exists(DataDirectory))
        {
            throw new BackupException($"{DataDirectory} là một tệp, không phải thư mục dữ liệu; không khôi phục.");
        }
        var entries = Directory.Exists(DataDirectory)
            ? Directory.EnumerateFileSystemEntries(DataDirectory).Where(e => e != besides).Select(Path.GetFileName).Take(4).ToList()
            : [];
        if (entries.Count > 0)
        {
            throw new BackupException(
                $"Thư mục dữ liệu {DataDirectory} không trống (có {string.Join(", ", entries.Take(3))}{(entries.Count > 3 ? ", …" : "")}). "
                + "Lệnh restore chỉ khôi phục vào thư mục trống hoặc chưa có, để không ghi đè dữ liệu đang có; không có gì được ghi. "
                + "Hãy dừng portal, chuyển thư mục này đi (hoặc đặt HealthNews:DataDirectory sang một thư mục mới) rồi chạy lại.");
        }
        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm", databaseFile + "-journal" })
        {
            if (File.Exists(file))
            {
                throw new BackupException($"Đã có tệp cơ sở dữ liệu {file}; lệnh restore không ghi đè cơ sở dữ liệu đang có. Hãy chuyển tệp đó đi rồi chạy lại.");
            }
        }
    }

    /// <summary>The manifest, once every entry of the archive has been hashed and found to be what it lists; writes nothing.</summary>
    private static async Task<BackupManifest> VerifyAsync(string archive, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, (long Size, string Sha256)>(StringComparer.Ordinal);
        byte[]? manifestBytes = null;
        await BackupArchive.ReadAsync(archive, async (name, data) =>
        {
            if (name == BackupManifest.EntryName)
            {
                manifestBytes = manifestBytes is null
                    ? await ReadManifestAsync(data, cancellationToken)
                    : throw new BackupException($"Tệp sao lưu {archive} có hai {BackupManifest.EntryName}; không khôi phục.");
                return;
            }
            if (!found.TryAdd(name, await BackupArchive.CopyHashedAsync(data, Stream.Null, cancellationToken)))
            {
                throw new BackupException($"Tệp sao lưu {archive} có hai mục “{name}”; không khôi phục.");
            }
        }, cancellationToken);

        var manifest = manifestBytes is null
            ? throw new BackupException($"Tệp sao lưu {archive} không có {BackupManifest.EntryName}: không phải bản sao lưu của portal, hoặc đã bị cắt cụt.")
            : BackupManifest.Parse(manifestBytes)
                ?? throw new BackupException($"{BackupManifest.EntryName} trong {archive} không đọc được, hoặc thuộc một định dạng mà phiên bản portal này không biết.");
        var problems = new List<string>();
        foreach (var file in manifest.Files)
        {
            if (!found.Remove(file.Path, out var actual))
            {
                problems.Add($"thiếu {file.Path}");
            }
            else if (actual.Size != file.Size || actual.Sha256 != file.Sha256)
            {
                problems.Add($"{file.Path} không khớp mã SHA-256 trong manifest");
            }
        }
        problems.AddRange(found.Keys.Select(name => $"{name} không có trong manifest"));
        if (!manifest.Files.Any(f => f.Path == BackupManifest.DatabaseEntry))
        {
            problems.Add($"thiếu cơ sở dữ liệu {BackupManifest.DatabaseEntry}");
        }
        if (problems.Count > 0)
        {
            throw new BackupException($"Tệp sao lưu {archive} đã bị thay đổi hoặc hỏng ({problems.Count} chỗ: {string.Join("; ", problems.Take(5))}"
                + $"{(problems.Count > 5 ? "; …" : "")}); không khôi phục, không có gì được ghi.");
        }
        if (manifest.MigrationId is { } migration && !KnownMigrations.Contains(migration))
        {
            throw new BackupException($"Bản sao lưu có lược đồ {migration}, mới hơn những gì phiên bản portal này ({PortalVersion}) biết; "
                + $"hãy khôi phục bằng phiên bản đã tạo ra nó ({manifest.PortalVersion}) hoặc mới hơn.");
        }
        return manifest;
    }

    private static async Task<byte[]> ReadManifestAsync(Stream data, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await data.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > BackupArchive.MaxManifestBytes)
            {
                throw new BackupException($"{BackupManifest.EntryName} lớn bất thường (hơn {FileSizes.Format(BackupArchive.MaxManifestBytes)}); không khôi phục.");
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>Writes every file into the hidden folder, each flushed to disk and hashed again as it is written.</summary>
    private static async Task ExtractAsync(string archive, BackupManifest manifest, string staging, string stagedDatabase,
        Action<string> report, CancellationToken cancellationToken)
    {
        var expected = manifest.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var done = 0;
        var lastReport = Stopwatch.StartNew();
        await BackupArchive.ReadAsync(archive, async (name, data) =>
        {
            if (name == BackupManifest.EntryName)
            {
                return;
            }
            var path = name == BackupManifest.DatabaseEntry ? stagedDatabase : Path.Combine(staging, name.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                var written = await BackupArchive.CopyHashedAsync(data, file, cancellationToken);
                // The archive was verified a moment ago; it must not have changed since.
                if (!expected.TryGetValue(name, out var listed) || written.Size != listed.Size || written.Sha256 != listed.Sha256)
                {
                    throw new BackupException($"Tệp sao lưu {archive} thay đổi trong lúc khôi phục ({name}); đã huỷ, không có gì được ghi vào thư mục dữ liệu.");
                }
                file.Flush(flushToDisk: true);
            }
            if (++done == manifest.Files.Count || lastReport.Elapsed > TimeSpan.FromSeconds(2))
            {
                report($"Giải nén: {done} / {manifest.Files.Count} tệp");
                lastReport.Restart();
            }
        }, cancellationToken);
    }

    private static async Task CheckRestoredDatabaseAsync(string file, BackupManifest manifest, CancellationToken cancellationToken)
    {
        var integrity = await SqliteSnapshot.IntegrityAsync(file, cancellationToken);
        if (integrity != "ok")
        {
            throw new BackupException($"Cơ sở dữ liệu khôi phục không qua được kiểm tra toàn vẹn (PRAGMA integrity_check: {integrity}); không có gì được ghi.");
        }
        var rows = await SqliteSnapshot.CountRowsAsync(file, cancellationToken);
        var differing = rows.Keys.Union(manifest.TableRows.Keys)
            .Where(table => rows.GetValueOrDefault(table, -1) != manifest.TableRows.GetValueOrDefault(table, -1)).ToList();
        if (differing.Count > 0)
        {
            throw new BackupException($"Số dòng của bảng {string.Join(", ", differing)} trong cơ sở dữ liệu khôi phục khác với manifest; không có gì được ghi.");
        }
    }

    /// <summary>
    /// A missing target becomes the hidden folder by one rename. An existing (empty) one receives the folder's entries,
    /// the database and <c>media</c>, by one rename each within the same file system; should one fail, those moved go
    /// back. A database configured outside the data directory, written beside its place, is renamed first, and removed
    /// again if the data directory can't follow.
    /// </summary>
    private void MoveIntoPlace(string staging, bool targetExists, (string Staged, string Final)? outsideDatabase)
    {
        if (outsideDatabase is { } outside)
        {
            File.Move(outside.Staged, outside.Final);
        }
        var moved = new List<(string From, string To)>();
        try
        {
            if (!targetExists)
            {
                Directory.Move(staging, DataDirectory);
                return;
            }
            foreach (var entry in Directory.EnumerateFileSystemEntries(staging).ToList())
            {
                var destination = Path.Combine(DataDirectory, Path.GetFileName(entry));
                Move(entry, destination);
                moved.Add((entry, destination));
            }
            Directory.Delete(staging);
        }
        catch
        {
            foreach (var (from, to) in moved)
            {
                Move(to, from);
            }
            if (outsideDatabase is { } written)
            {
                File.Delete(written.Final);
            }
            throw;
        }
    }

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }
    }

    private static bool IsInside(string file, string directory) =>
        file.StartsWith(Path.TrimEndingDirectorySeparator(directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
