using System.Diagnostics;
using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using HealthNews.Core.Data;
using HealthNews.Core.Media;
using HealthNews.Core.Text;
using Microsoft.Data.Sqlite;

namespace HealthNews.Core.Backups;

/// <summary>
/// Backs up a SQLite portal while it runs, and restores a backup into an empty data directory (the <c>backup</c> and
/// <c>restore</c> commands; docs/deployment.md). One archive, <c>healthnews-backup-{UTC time}.tar.gz</c>, holds a
/// consistent snapshot of the database, the media folder and <c>manifest.json</c> (rows per table, every file's length
/// and SHA-256).
/// <para>
/// The order makes the archive whole: the database is snapshotted first (SQLite's backup API, one read transaction),
/// the media folder copied after. An upload writes its bytes (and its variants) before its row commits, so every media
/// row in the snapshot had its files on disk before the snapshot began, and they are there when the folder is copied a
/// moment later; files of uploads that commit after the snapshot are copied too, and are harmless extras without rows.
/// The one exception is a file deleted between the snapshot and its copy (an editor deleting media during the backup):
/// the manifest lists it under <c>missingMediaFiles</c> and the command says so.
/// </para>
/// </summary>
/// <param name="dataDirectory">The portal's data directory.</param>
/// <param name="database">The portal's SQLite database.</param>
/// <param name="clock">The clock that names the archive.</param>
/// <param name="mediaDirectory">HealthNews:MediaDirectory when configured; else <c>media/</c> under the data directory.</param>
public sealed partial class PortalBackup(string dataDirectory, DatabaseSettings database, TimeProvider clock, string? mediaDirectory = null)
{
    private const string StagingPrefix = ".healthnews-";

    /// <summary>The data directory whose <c>media/</c> folder is backed up, or that a restore fills.</summary>
    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    /// <summary>The portal's SQLite file.</summary>
    public string DatabaseFile => new SqliteConnectionStringBuilder(SqliteOnly().ConnectionString).DataSource;

    // HealthNews:MediaDirectory when set, else media/ under the data directory.
    private string MediaDirectory { get; } = Path.GetFullPath(mediaDirectory ?? Path.Combine(dataDirectory, "media"));

    /// <summary>
    /// Writes a backup into <paramref name="folder"/> (made when missing) and returns it. Written as a <c>.partial</c>
    /// file and renamed once complete and flushed to disk, so a backup that stops half-way is never taken for one.
    /// </summary>
    public async Task<BackupSummary> BackupAsync(string folder, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var report = progress ?? (_ => { });
        var started = Stopwatch.StartNew();
        var source = DatabaseFile;
        if (!File.Exists(source))
        {
            throw new BackupException($"Không có cơ sở dữ liệu để sao lưu: không tìm thấy tệp {source}.");
        }
        folder = Path.GetFullPath(folder);
        if (folder == MediaDirectory || IsInside(folder, MediaDirectory))
        {
            throw new BackupException($"Thư mục đích {folder} nằm trong thư mục media; tệp sao lưu sẽ tự chép chính nó. Hãy chọn thư mục khác.");
        }
        Directory.CreateDirectory(folder);
        var createdAt = clock.GetUtcNow().UtcDateTime;
        var archive = Path.Combine(folder, $"healthnews-backup-{createdAt.ToString("yyyy-MM-dd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}.tar.gz");
        if (File.Exists(archive))
        {
            throw new BackupException($"Đã có tệp {archive}; hãy đợi một giây rồi chạy lại, hoặc chọn thư mục khác.");
        }
        var partial = archive + ".partial";
        var staging = Path.Combine(folder, $"{StagingPrefix}backup-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            report($"Sao lưu tệp SQLite {source} và thư mục media {MediaDirectory} vào {archive}");
            var snapshot = Path.Combine(staging, BackupManifest.DatabaseEntry);
            await SqliteSnapshot.CopyAsync(database.ConnectionString, snapshot, cancellationToken);
            var integrity = await SqliteSnapshot.IntegrityAsync(snapshot, cancellationToken);
            if (integrity != "ok")
            {
                throw new BackupException($"Bản chụp cơ sở dữ liệu không qua được kiểm tra toàn vẹn (PRAGMA integrity_check: {integrity}); chưa sao lưu gì.");
            }
            var rows = await SqliteSnapshot.CountRowsAsync(snapshot, cancellationToken);
            var migration = await SqliteSnapshot.MigrationAsync(snapshot, cancellationToken);
            report($"Cơ sở dữ liệu: đã chụp bản nhất quán lúc {createdAt.ToString("HH':'mm':'ss", CultureInfo.InvariantCulture)} UTC ({FileSizes.Format(new FileInfo(snapshot).Length)}), "
                + $"kiểm tra toàn vẹn: ok; {Describe(rows)}.");

            var manifest = await WriteArchiveAsync(partial, snapshot, createdAt, migration, rows, report, cancellationToken);
            File.Move(partial, archive);
            var bytes = new FileInfo(archive).Length;
            report($"Đã sao lưu vào {archive} ({FileSizes.Format(bytes)}) trong {started.Elapsed.TotalSeconds:0.0} s: "
                + $"{manifest.Files.Count} tệp, mã SHA-256 của từng tệp ghi trong {BackupManifest.EntryName}.");
            return new BackupSummary(archive, bytes, manifest, started.Elapsed);
        }
        finally
        {
            File.Delete(partial);
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>The archive: the snapshot first, the media folder after it, the manifest last (once every file is hashed).</summary>
    private async Task<BackupManifest> WriteArchiveAsync(string path, string snapshot, DateTime createdAt, string? migration,
        IReadOnlyDictionary<string, long> rows, Action<string> report, CancellationToken cancellationToken)
    {
        await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        BackupManifest manifest;
        // Fastest: the photos are compressed already, and the portal's readers keep the cores.
        await using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        await using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            var files = new List<BackupFile>
            {
                await AddFileAsync(tar, snapshot, BackupManifest.DatabaseEntry, cancellationToken)
                    ?? throw new BackupException($"Bản chụp {snapshot} biến mất trước khi vào tệp sao lưu."),
            };
            await AddMediaAsync(tar, files, report, cancellationToken);
            var missing = await MissingMediaAsync(snapshot, files, cancellationToken);
            if (missing.Count > 0)
            {
                report($"Cảnh báo: {missing.Count} tệp media có trong cơ sở dữ liệu nhưng không còn trong thư mục media lúc chép "
                    + $"(bị xoá trong lúc sao lưu, hoặc đã mất từ trước): {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", …" : "")}");
            }
            manifest = new BackupManifest(BackupManifest.CurrentFormat, createdAt, PortalVersion, migration, rows, files, missing);
            await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, BackupManifest.EntryName)
            {
                DataStream = new MemoryStream(manifest.ToJson()),
                ModificationTime = createdAt,
            }, cancellationToken);
        }
        output.Flush(flushToDisk: true);
        return manifest;
    }

    private static string PortalVersion =>
        typeof(PortalBackup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(PortalBackup).Assembly.GetName().Version?.ToString() ?? "?";

    private static string Describe(IReadOnlyDictionary<string, long> rows) =>
        $"{rows.Count} bảng; {Count(rows, "Articles")} bài viết, {Count(rows, "ArticleRevisions")} phiên bản, "
        + $"{Count(rows, "PollBallots")} phiếu thăm dò, {Count(rows, "MediaFiles")} tệp media";

    private static long Count(IReadOnlyDictionary<string, long> rows, string table) => rows.GetValueOrDefault(table);

    private DatabaseSettings SqliteOnly() => database.IsSqlite
        ? database
        : throw new BackupException(
            $"Lệnh backup và restore chỉ dành cho SQLite; portal đang dùng {database.Provider}. Với PostgreSQL hãy sao lưu bằng pg_dump "
            + "và khôi phục bằng pg_restore theo docs/deployment.md (mục “Backups and restore”); với SQL Server, bằng BACKUP DATABASE của máy chủ.");

    // Files of the media folder in a stable order; temporary files of a variant being written (*.tmp) are not media.
    private async Task AddMediaAsync(TarWriter tar, List<BackupFile> files, Action<string> report, CancellationToken cancellationToken)
    {
        var paths = Directory.Exists(MediaDirectory)
            ? Directory.EnumerateFiles(MediaDirectory, "*", SearchOption.AllDirectories)
                .Where(p => !p.EndsWith(".tmp", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
            : [];
        long bytes = 0;
        var done = 0;
        var lastReport = Stopwatch.StartNew();
        foreach (var path in paths)
        {
            var name = BackupManifest.MediaPrefix + Path.GetRelativePath(MediaDirectory, path).Replace(Path.DirectorySeparatorChar, '/');
            if (await AddFileAsync(tar, path, name, cancellationToken) is { } file)
            {
                files.Add(file);
                bytes += file.Size;
            }
            done++;
            if (done == paths.Count || lastReport.Elapsed > TimeSpan.FromSeconds(2))
            {
                report($"Media: {done} / {paths.Count} tệp ({FileSizes.Format(bytes)})");
                lastReport.Restart();
            }
        }
        if (paths.Count == 0)
        {
            report($"Media: thư mục {MediaDirectory} trống hoặc chưa có.");
        }
    }

    /// <summary>Archives the file's bytes as they are when opened; null when it was deleted after it was listed.</summary>
    private static async Task<BackupFile?> AddFileAsync(TarWriter tar, string path, string name, CancellationToken cancellationToken)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        await using var data = new FixedLengthHashingStream(stream, stream.Length);
        await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, name)
        {
            DataStream = data,
            ModificationTime = File.GetLastWriteTimeUtc(path),
            Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
        }, cancellationToken);
        return new BackupFile(name, data.Length, data.Sha256);
    }

    /// <summary>The media files the snapshot's rows name (uploads and their variants) that the archive does not hold.</summary>
    private static async Task<List<string>> MissingMediaAsync(string snapshot, List<BackupFile> files, CancellationToken cancellationToken)
    {
        var archived = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var (key, stored) in await SqliteSnapshot.MediaRowsAsync(snapshot, cancellationToken))
        {
            var keys = ImageVariants.Parse(stored) is { } variants
                ? variants.Files.Select(f => variants.StorageKey(f.Width, f.Extension)).Prepend(key)
                : [key];
            missing.AddRange(keys.Select(k => BackupManifest.MediaPrefix + k).Where(k => !archived.Contains(k)));
        }
        return [.. missing.Distinct(StringComparer.Ordinal)]; // one picture uploaded twice shares its variants
    }
}
