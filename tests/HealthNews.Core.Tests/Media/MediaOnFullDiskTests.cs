using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Media;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthNews.Core.Tests.Media;

/// <summary>
/// Uploads when the media folder's disk fills up, at the file, at one of its variants, or later: the editor is told in
/// Vietnamese that nothing was saved, and nothing was: no file, no variant, no row, no audit event.
/// </summary>
public abstract class MediaOnFullDiskTests(string provider) : DatabaseTest(provider)
{
    private static readonly Actor Author = new("a1", "Phóng viên", new HashSet<string> { Roles.Author }, "127.0.0.1");

    // A real picture: stored, then one width as WebP and PNG, so three writes.
    private static readonly byte[] Png = TestImages.TransparentPng(64, 36);

    private string MediaRoot => Path.Combine(Database.Directory, "media");

    [Theory]
    [InlineData(0)] // the uploaded file itself does not fit
    [InlineData(1)] // the file fits, its first variant does not
    [InlineData(2)] // the file and one variant fit, the other does not
    public async Task AnUploadThatFillsTheDiskSaysSoAndLeavesNothingBehind(int writesThatFit)
    {
        Assert.True(File.Exists(FillingDisk.Device), $"{FillingDisk.Device} (Linux's full device) is needed by this test");
        await using var db = await Database.CreateMigratedContextAsync();
        var store = new FillingDisk(new FileSystemMediaStore(MediaRoot, TimeProvider.System), writesThatFit);
        var uploads = new MediaUploads(db, store, new AuditLog(db, TimeProvider.System), TimeProvider.System,
            Options.Create(new MediaOptions()), TestServices.Images, TestServices.Variants(db, store));

        var result = await uploads.UploadAsync(new MemoryStream(Png), "hop-bao.png", Png.Length, "Ảnh họp báo", null, Author);

        Assert.Equal((CommandStatus.StorageFull, "Máy chủ hết dung lượng lưu trữ; tệp chưa được lưu. Hãy báo quản trị viên."), (result.Status, result.Message));
        Assert.Equal(writesThatFit + 1, store.Writes); // the disk did fill up where the test says
        Assert.Empty(Directory.Exists(MediaRoot) ? Directory.GetFiles(MediaRoot, "*", SearchOption.AllDirectories) : []);
        await using var fresh = Database.CreateContext();
        Assert.Equal((0, 0), (await fresh.MediaFiles.CountAsync(), await fresh.AuditEvents.CountAsync()));
    }

    /// <summary>
    /// The media folder on a disk with room for <paramref name="writesThatFit"/> more files: those are stored, and every
    /// later write goes to /dev/full, Linux's device that refuses every write with ENOSPC, the error a full disk gives.
    /// </summary>
    private sealed class FillingDisk(FileSystemMediaStore disk, int writesThatFit) : IMediaStore
    {
        public const string Device = "/dev/full";

        public int Writes { get; private set; }

        public async Task<string> SaveAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
        {
            if (++Writes <= writesThatFit)
            {
                return await disk.SaveAsync(content, fileName, cancellationToken);
            }
            await using var full = new FileStream(Device, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1, useAsync: false);
            await content.CopyToAsync(full, cancellationToken);
            await full.FlushAsync(cancellationToken);
            throw new InvalidOperationException($"{Device} took the bytes");
        }

        public async Task<bool> SaveAtAsync(string storageKey, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
        {
            if (++Writes <= writesThatFit)
            {
                return await disk.SaveAtAsync(storageKey, content, cancellationToken);
            }
            await using var full = new FileStream(Device, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1, useAsync: false);
            await full.WriteAsync(content, cancellationToken);
            await full.FlushAsync(cancellationToken);
            throw new InvalidOperationException($"{Device} took the bytes");
        }

        public Stream? OpenRead(string storageKey) => disk.OpenRead(storageKey);

        public bool Exists(string storageKey) => disk.Exists(storageKey);

        public long? LengthOf(string storageKey) => disk.LengthOf(storageKey);

        public Task DeleteAsync(string storageKey, CancellationToken cancellationToken = default) => disk.DeleteAsync(storageKey, cancellationToken);
    }
}

public sealed class MediaOnFullDiskTestsOnSqlite() : MediaOnFullDiskTests(DatabaseOptions.Sqlite);

public sealed class MediaOnFullDiskTestsOnPostgreSql() : MediaOnFullDiskTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class MediaOnFullDiskTestsOnSqlServer() : MediaOnFullDiskTests(DatabaseOptions.SqlServer);
