using System.Text;
using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthNews.Core.Tests.Media;

public abstract class MediaUploadsTests(string provider) : DatabaseTest(provider)
{
    private static readonly Actor Author = new("a1", "Phóng viên", new HashSet<string> { Roles.Author }, "127.0.0.1");
    private static readonly Actor Editor = new("e1", "Biên tập viên", new HashSet<string> { Roles.Editor }, "127.0.0.1");

    private string MediaRoot => Path.Combine(Database.Directory, "media");

    // A real picture (variants are made of it: one width, as WebP and PNG).
    private static readonly byte[] Png = TestImages.TransparentPng(64, 36);

    private MediaUploads Uploads(HealthNewsDbContext db, long maxBytes = 1024 * 1024)
    {
        var store = new FileSystemMediaStore(MediaRoot, TimeProvider.System);
        return new(db, store, new AuditLog(db, TimeProvider.System), TimeProvider.System,
            Options.Create(new MediaOptions { MaxUploadBytes = maxBytes }), TestServices.Images, TestServices.Variants(db, store));
    }

    private static Task<CommandResult> UploadAsync(MediaUploads uploads, byte[] bytes, string name, string? alt = "Ảnh") =>
        uploads.UploadAsync(new MemoryStream(bytes), name, bytes.Length, alt, null, Author);

    private int StoredFiles => Directory.Exists(MediaRoot) ? Directory.GetFiles(MediaRoot, "*", SearchOption.AllDirectories).Length : 0;

    [Fact]
    public async Task StoresAnImageUnderASafeNameAndAuditsIt()
    {
        await using var db = await Database.CreateMigratedContextAsync();

        var result = await UploadAsync(Uploads(db), Png, "../../Ảnh: họp báo.png");

        Assert.True(result.Succeeded, result.Message);
        var media = await db.MediaFiles.SingleAsync();
        Assert.Equal(("Ảnh_ họp báo.png", "image/png", (long)Png.Length), (media.FileName, media.ContentType, media.SizeBytes));
        Assert.DoesNotContain("..", media.StorageKey, StringComparison.Ordinal);
        Assert.Equal(1 + 2, StoredFiles); // the original and its one width as WebP and PNG
        Assert.Equal(AuditActions.MediaUploaded, (await db.AuditEvents.SingleAsync()).Action);
    }

    [Fact]
    public async Task RecordsAnImagesWidthAndHeight()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var onePixel = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

        var result = await UploadAsync(Uploads(db), onePixel, "diem.png");

        Assert.True(result.Succeeded, result.Message);
        var media = await db.MediaFiles.SingleAsync();
        Assert.Equal((1, 1), (media.Width, media.Height));
    }

    [Theory]
    [InlineData("<html><body><script>alert(1)</script></body></html>", "tin-tuc.png")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>", "logo.svg")]
    public async Task RefusesHtmlRenamedPngAndSvgWithScript(string content, string name)
    {
        await using var db = await Database.CreateMigratedContextAsync();

        var result = await UploadAsync(Uploads(db), Encoding.UTF8.GetBytes(content), name);

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Contains("không phải là ảnh", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.MediaFiles.CountAsync());
        Assert.Equal(0, StoredFiles);
    }

    [Fact]
    public async Task RefusesAnOversizedFileSayingTheLimit()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var big = new byte[2048];
        FileTypeDetectorTests.Png.CopyTo(big, 0);

        var result = await UploadAsync(Uploads(db, maxBytes: 1024), big, "lon.png");

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Equal("Tệp lớn 2 KB, vượt giới hạn 1 KB.", result.Message);
        Assert.Equal(0, StoredFiles);
    }

    [Fact]
    public async Task RefusesAZeroByteFile()
    {
        await using var db = await Database.CreateMigratedContextAsync();

        var result = await UploadAsync(Uploads(db), [], "rong.pdf");

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Equal("Tệp rỗng (0 byte); hãy chọn lại tệp.", result.Message);
    }

    [Fact]
    public async Task AnImageNeedsAltText()
    {
        await using var db = await Database.CreateMigratedContextAsync();

        var result = await UploadAsync(Uploads(db), FileTypeDetectorTests.Png, "anh.png", alt: " ");

        Assert.Equal("AltText", Assert.Single(result.Errors!).Key);
        Assert.Equal(0, StoredFiles);
    }

    [Fact]
    public async Task RefusesToDeleteWhatAPublishedArticleShows()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var uploads = Uploads(db);
        var used = (await UploadAsync(uploads, Png, "dung.png")).Id;
        var unused = (await UploadAsync(uploads, Png, "thua.png")).Id;
        var category = await db.AddCategoryAsync("Tin", "tin");
        var article = await db.AddArticleAsync(category, "Bài có ảnh", DateTime.UtcNow.AddHours(-1));
        article.Body = $"![Ảnh](/media/{used}/dung.png \"Chú thích\")";
        await db.SaveChangesAsync();

        var refused = await uploads.DeleteAsync(used, Editor);
        var deleted = await uploads.DeleteAsync(unused, Editor);
        var byAuthor = await uploads.DeleteAsync(used, Author);

        Assert.Equal(CommandStatus.Conflict, refused.Status);
        Assert.Contains("Bài có ảnh", refused.Message, StringComparison.Ordinal);
        Assert.True(deleted.Succeeded);
        Assert.Equal(CommandStatus.Forbidden, byAuthor.Status);
        Assert.Equal([used], await db.MediaFiles.Select(m => m.Id).ToListAsync());
        Assert.Equal(1 + 2, StoredFiles); // the same picture twice shares one set of variants, kept for the one still there
    }
    [Theory]
    [InlineData("AltText", "Mô tả ảnh (alt) không được dài quá 500 ký tự (hiện có 501).")]
    [InlineData("Caption", "Chú thích không được dài quá 1000 ký tự (hiện có 1001).")]
    public async Task AnOverLongAltTextOrCaptionIsRefusedWithAMessageAndNothingIsStored(string field, string message)
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var alt = field == "AltText" ? new string('ả', FieldLimits.Media.AltText + 1) : "Ảnh họp báo";
        var caption = field == "Caption" ? new string('ữ', FieldLimits.Media.Caption + 1) : null;

        var result = await Uploads(db).UploadAsync(new MemoryStream(FileTypeDetectorTests.Png), "anh.png", FileTypeDetectorTests.Png.Length,
            alt, caption, Author);

        Assert.Equal((CommandStatus.Invalid, message), (result.Status, result.Errors![field]));
        Assert.Equal((0, 0), (await db.MediaFiles.CountAsync(), StoredFiles));
    }
}

public sealed class MediaUploadsTestsOnSqlite() : MediaUploadsTests(DatabaseOptions.Sqlite);

public sealed class MediaUploadsTestsOnPostgreSql() : MediaUploadsTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class MediaUploadsTestsOnSqlServer() : MediaUploadsTests(DatabaseOptions.SqlServer);
