using System.Security.Cryptography;
using HealthNews.Core.Backups;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Polls;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace HealthNews.Web.Tests.Backups;

/// <summary>
/// Issue 15: a backup taken while editors publish, readers vote and photos are uploaded, restored into an empty
/// directory, holds every write that was acknowledged before the backup began, and nothing torn.
/// </summary>
public sealed class BackupUnderWriteLoadTests(SqlitePortal portal, ITestOutputHelper output) : IClassFixture<SqlitePortal>, IDisposable
{
    private static readonly Actor Editor = Actor.System("kiểm thử sao lưu");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "healthnews-backup-tests", Guid.NewGuid().ToString("N"));

    private sealed record AckedArticle(int Id, string Title, IReadOnlyList<int> RevisionIds);

    private sealed record AckedMedia(int Id, string StorageKey, string Sha256, string Variants);

    private sealed record AckedBallot(int PollId, string VoterKey, int OptionId);

    /// <summary>Writes in the order they were acknowledged to the writer (the service call returned success).</summary>
    private sealed class Acknowledged
    {
        private readonly List<object> _writes = [];

        /// <summary>Done once at least two articles, five ballots and two photos are acknowledged: the backup may begin.</summary>
        public TaskCompletionSource Enough { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Add(object write)
        {
            lock (_writes)
            {
                _writes.Add(write);
                if (_writes.OfType<AckedArticle>().Count() >= 2 && _writes.OfType<AckedBallot>().Count() >= 5 && _writes.OfType<AckedMedia>().Count() >= 2)
                {
                    Enough.TrySetResult();
                }
            }
        }

        public List<object> Snapshot()
        {
            lock (_writes)
            {
                return [.. _writes];
            }
        }
    }

    [Fact]
    public async Task ARestoredBackupTakenUnderWriteLoadHoldsEveryArticleRevisionBallotAndPhotoAcknowledgedBeforeItBegan()
    {
        var pollId = await OpenPollAsync();
        var acked = new Acknowledged();
        var stop = new TaskCompletionSource(); // writers finish the write in hand, then stop
        var writers = new[]
        {
            Task.Run(() => PublishArticlesAsync(acked, stop.Task)),
            Task.Run(() => VoteAsync(pollId, acked, stop.Task)),
            Task.Run(() => UploadPhotosAsync(acked, stop.Task)),
        };
        // Woken by the acknowledgements themselves, or by a writer that stopped first (its failure, if it failed).
        var first = await Task.WhenAny(writers.Append(acked.Enough.Task)).WaitAsync(TimeSpan.FromSeconds(180));
        if (first != acked.Enough.Task)
        {
            await first;
            Assert.Fail("a writer stopped before the backup");
        }

        var before = acked.Snapshot();
        // One more upload lands exactly while the media folder is being copied (the first "Media:" line): had the folder been
        // listed before the database was snapshotted, its row would be restored without its bytes.
        AckedMedia? duringMediaCopy = null;
        var summary = await portal.Services.GetRequiredService<PortalBackup>().BackupAsync(_folder, line =>
        {
            if (line.StartsWith("Media:", StringComparison.Ordinal) && duringMediaCopy is null)
            {
                duringMediaCopy = Task.Run(() => UploadPhotoAsync(10_000)).GetAwaiter().GetResult();
            }
        });
        var duringBackup = acked.Snapshot().Count - before.Count;
        stop.SetResult();
        await Task.WhenAll(writers);

        output.WriteLine($"Acknowledged before the backup: {before.OfType<AckedArticle>().Count()} articles, {before.OfType<AckedBallot>().Count()} ballots, "
            + $"{before.OfType<AckedMedia>().Count()} photos; during it ({summary.Elapsed.TotalSeconds:0.0} s): {duringBackup} writes.");
        // Writes went on while the backup ran, or this test would prove nothing about consistency under load.
        Assert.True(duringBackup > 0, "no write was acknowledged while the backup ran");
        Assert.NotNull(duringMediaCopy);
        Assert.Empty(summary.Manifest.MissingMediaFiles);
        var restored = Path.Combine(_folder, "restored");
        var target = new PortalBackup(restored, SqliteAt(Path.Combine(restored, "healthnews.db")), TimeProvider.System);
        await target.RestoreAsync(summary.ArchivePath);

        await using var db = Open(target.DatabaseFile);
        Assert.Equal("ok", await IntegrityCheckAsync(target.DatabaseFile));
        foreach (var article in before.OfType<AckedArticle>())
        {
            var row = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == article.Id);
            Assert.True(row is { Status: ArticleStatus.Published } && row.Title == article.Title, $"article #{article.Id} is missing or not published");
            Assert.Equal(article.RevisionIds, await db.ArticleRevisions.Where(r => r.ArticleId == article.Id).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());
        }
        foreach (var ballot in before.OfType<AckedBallot>())
        {
            var choices = await db.PollBallots.Where(b => b.PollId == ballot.PollId && b.VoterKey == ballot.VoterKey)
                .SelectMany(b => b.Choices.Select(c => c.OptionId)).ToListAsync();
            Assert.True(choices.SequenceEqual([ballot.OptionId]), $"the ballot of {ballot.VoterKey} is missing");
        }
        var restoredMedia = new FileSystemMediaStore(Path.Combine(restored, "media"), TimeProvider.System);
        var portalMedia = portal.Services.GetRequiredService<IMediaStore>();
        foreach (var media in before.OfType<AckedMedia>())
        {
            var row = await db.MediaFiles.AsNoTracking().SingleOrDefaultAsync(m => m.Id == media.Id);
            Assert.True(row is not null && row.StorageKey == media.StorageKey && row.Variants == media.Variants, $"media #{media.Id} is missing");
            Assert.Equal(media.Sha256, Sha256Of(restoredMedia, media.StorageKey));
            var variants = ImageVariants.Parse(media.Variants)!;
            Assert.Equal([160, 320, 640, 800], variants.Widths); // each as WebP and JPEG
            foreach (var (width, extension) in variants.Files)
            {
                var key = variants.StorageKey(width, extension);
                Assert.Equal(Sha256Of(portalMedia, key), Sha256Of(restoredMedia, key));
            }
        }
        // And nothing torn: every media row in the restored database, acknowledged or not yet, has its bytes and variants.
        foreach (var row in await db.MediaFiles.AsNoTracking().ToListAsync())
        {
            Assert.True(restoredMedia.LengthOf(row.StorageKey) == row.SizeBytes, $"media #{row.Id} has no bytes");
            if (ImageVariants.Parse(row.Variants) is { } set)
            {
                Assert.All(set.Files, f => Assert.True(restoredMedia.Exists(set.StorageKey(f.Width, f.Extension)), $"media #{row.Id} lacks {f.Width}.{f.Extension}"));
            }
        }
        foreach (var file in summary.Manifest.Files)
        {
            var path = file.Path == BackupManifest.DatabaseEntry ? target.DatabaseFile : Path.Combine(restored, file.Path);
            await using var stream = File.OpenRead(path);
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(await SHA256.HashDataAsync(stream)));
        }
    }

    private async Task<int> OpenPollAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var polls = scope.ServiceProvider.GetRequiredService<PollAdmin>();
        var poll = await polls.CreateAsync(new PollInput("Bạn có tiêm vắc xin cúm năm nay?", ["Có", "Chưa"], false, 1, null, null,
            PollResultsVisibility.Always, false), Editor);
        Assert.True(poll.Succeeded, poll.Message);
        Assert.True((await polls.OpenAsync(poll.Id, Editor)).Succeeded);
        return poll.Id;
    }

    private async Task PublishArticlesAsync(Acknowledged acked, Task stop)
    {
        for (var n = 1; !stop.IsCompleted; n++)
        {
            await using var scope = portal.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HealthNewsDbContext>();
            var publishing = scope.ServiceProvider.GetRequiredService<ArticlePublishing>();
            var categoryId = await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            var input = new ArticleInput($"Bài viết trong lúc sao lưu số {n}", null, "Tóm tắt.", "Nội dung ban đầu.", categoryId, null, null, null, null, []);
            var created = await publishing.CreateAsync(input, Editor);
            Assert.True(created.Succeeded, created.Message);
            var stamp = await db.Articles.Where(a => a.Id == created.Id).Select(a => a.ConcurrencyStamp).SingleAsync();
            var saved = await publishing.SaveAsync(created.Id, input with { Body = $"Nội dung đã sửa lần {n}." }, stamp, Editor);
            Assert.True(saved.Succeeded, saved.Message);
            var published = await publishing.PublishAsync(created.Id, null, Editor);
            Assert.True(published.Succeeded, published.Message);
            var revisions = await db.ArticleRevisions.Where(r => r.ArticleId == created.Id).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
            Assert.True(revisions.Count >= 2, $"article #{created.Id} has {revisions.Count} revision(s)");
            acked.Add(new AckedArticle(created.Id, input.Title, revisions));
        }
    }

    private async Task VoteAsync(int pollId, Acknowledged acked, Task stop)
    {
        for (var n = 1; !stop.IsCompleted; n++)
        {
            await using var scope = portal.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HealthNewsDbContext>();
            var options = await db.PollOptions.Where(o => o.PollId == pollId).OrderBy(o => o.SortOrder).Select(o => o.Id).ToListAsync();
            var optionId = options[n % options.Count];
            var voter = Voter.Visitor($"sao-luu-{n:D5}", $"10.0.{n / 250}.{n % 250}");
            var vote = await scope.ServiceProvider.GetRequiredService<PollVoting>().VoteAsync(pollId, [optionId], voter);
            Assert.True(vote.Outcome.Accepted, vote.Outcome.Message);
            acked.Add(new AckedBallot(pollId, voter.Key, optionId));
        }
    }

    private async Task UploadPhotosAsync(Acknowledged acked, Task stop)
    {
        for (var n = 1; !stop.IsCompleted; n++)
        {
            acked.Add(await UploadPhotoAsync(n));
        }
    }

    private async Task<AckedMedia> UploadPhotoAsync(int n)
    {
        // A different colour each time, so that no two uploads share their variants; small, so that many land during the backup.
        var photo = TestImages.Jpeg(800, 533, red: (byte)(n * 37 % 256), green: (byte)(n * 11 % 256), blue: 120);
        await using var scope = portal.Services.CreateAsyncScope();
        var uploads = scope.ServiceProvider.GetRequiredService<MediaUploads>();
        var uploaded = await uploads.UploadAsync(new MemoryStream(photo), $"anh-sao-luu-{n}.jpg", photo.Length, $"Ảnh kiểm thử sao lưu {n}", null, Editor);
        Assert.True(uploaded.Succeeded, uploaded.Message);
        var row = await scope.ServiceProvider.GetRequiredService<HealthNewsDbContext>().MediaFiles.AsNoTracking().SingleAsync(m => m.Id == uploaded.Id);
        return new AckedMedia(row.Id, row.StorageKey, Convert.ToHexStringLower(SHA256.HashData(photo)), row.Variants!);
    }

    private static DatabaseSettings SqliteAt(string file) =>
        new(DatabaseOptions.Sqlite, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());

    private static HealthNewsDbContext Open(string file)
    {
        var options = new DbContextOptionsBuilder<HealthNewsDbContext>();
        SqliteAt(file).Configure(options);
        return new HealthNewsDbContext(options.Options);
    }

    private static async Task<string> IntegrityCheckAsync(string file)
    {
        await using var connection = new SqliteConnection(SqliteAt(file).ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static string? Sha256Of(IMediaStore store, string key)
    {
        using var stream = store.OpenRead(key);
        return stream is null ? null : Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
