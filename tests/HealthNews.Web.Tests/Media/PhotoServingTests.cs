using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;

namespace HealthNews.Web.Tests.Media;

/// <summary>Issue 14 over HTTP: an editor uploads a phone photo; readers are served resized copies without its metadata.</summary>
public abstract class PhotoServingTests(PortalFactory portal)
{
    [Fact]
    public async Task APhonePhotoReachesReadersOnlyAsResizedCopiesWithoutItsPlaceAndStaffKeepTheOriginal()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var token = await Staff.TokenAsync(editor, "/admin");
        var photo = TestImages.PhoneJpeg(3000, 2000);
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(photo), "File", "IMG_2041.jpg" },
            { new StringContent("Bộ trưởng thăm bệnh viện"), "AltText" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        using var uploaded = await editor.PostAsync(new Uri("/admin/thu-vien/tai-len-anh", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var image = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement;
        var (id, url) = (image.GetProperty("id").GetInt32(), image.GetProperty("url").GetString()!);
        await portal.AddAsync(category =>
        {
            var article = ArticleRows.New(category, "bo-truong-tham-benh-vien", ArticleStatus.Published, DateTime.UtcNow.AddMinutes(-5));
            article.Body = $"Đoạn mở đầu.\n\n![Bộ trưởng thăm bệnh viện]({url} \"Bộ trưởng thăm bệnh viện.\")\n\nĐoạn sau.";
            article.FeaturedImageId = id;
            return [article];
        });
        using var reader = portal.Anonymous();

        var page = await new HtmlParser().ParseDocumentAsync(await reader.GetStringAsync(new Uri("/tin-tuc/bo-truong-tham-benh-vien", UriKind.Relative)));

        var webp = page.QuerySelector(".article-body figure picture source[type='image/webp']")!.GetAttribute("srcset")!;
        var img = page.QuerySelector(".article-body figure picture img")!;
        Assert.Equal(("2000", "3000"), (img.GetAttribute("width"), img.GetAttribute("height"))); // upright
        var candidates = (webp + ", " + img.GetAttribute("srcset")).Split(", ").Select(c => c.Split(' ')).ToList();
        Assert.Equal(12, candidates.Count); // 160 … 1920, as WebP and JPEG
        foreach (var candidate in candidates)
        {
            using var response = await reader.GetAsync(new Uri(candidate[0], UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(int.Parse(candidate[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture), TestImages.SizeOf(bytes).Width);
            Assert.False(TestImages.HasMetadataBlock(bytes), candidate[0]);
            Assert.Empty(TestImages.MetadataOf(bytes));
        }
        var share = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.EndsWith("/1280.jpg", share, StringComparison.Ordinal);
        Assert.Equal("1920", page.QuerySelector("meta[property='og:image:height']")!.GetAttribute("content"));

        using var original = await reader.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, original.StatusCode); // the stored file's address leads readers to a copy
        Assert.Matches(@"^/media/\d+/[0-9a-f]{16}/1920\.jpg$", original.Headers.Location!.OriginalString);
        using var sneaky = await reader.GetAsync(new Uri($"/admin/thu-vien/{id}/ban-goc", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, sneaky.StatusCode); // to the sign-in page
        Assert.Equal("/admin/dang-nhap", sneaky.Headers.Location!.AbsolutePath);
        var kept = await editor.GetByteArrayAsync(new Uri($"/admin/thu-vien/{id}/ban-goc", UriKind.Relative));
        Assert.Equal(photo, kept);
        Assert.Contains("exif-ifd3-GPSLatitude", TestImages.MetadataOf(kept));
    }

    [Fact]
    public async Task AnImageNotYetMadeIntoCopiesIsNotServedToReadersAtAll()
    {
        var id = 0;
        await portal.WithDbAsync(async db =>
        {
            var media = new MediaFile
            {
                FileName = "truoc-khi-nang-cap.jpg", ContentType = "image/jpeg", SizeBytes = 10, StorageKey = "2024/01/truoc-khi-nang-cap.jpg",
                CreatedAtUtc = DateTime.UtcNow, Width = 800, Height = 600,
            };
            db.MediaFiles.Add(media);
            await db.SaveChangesAsync();
            id = media.Id;
        });
        using var reader = portal.Anonymous();

        using var response = await reader.GetAsync(new Uri($"/media/{id}/truoc-khi-nang-cap.jpg", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode); // until media-variants makes its copies
    }

    [Fact]
    public async Task AVariantAddressThatHoldsNothingIs404()
    {
        using var reader = portal.Anonymous();

        foreach (var address in new[] { "/media/1/0123456789abcdef/640.webp", "/media/1/0123456789abcdef/640.exe", "/media/1/ABCDEF0123456789/640.jpg" })
        {
            using var response = await reader.GetAsync(new Uri(address, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}

public sealed class PhotoServingTestsOnSqlite(SqlitePortal portal) : PhotoServingTests(portal), IClassFixture<SqlitePortal>;

public sealed class PhotoServingTestsOnPostgreSql(PostgreSqlPortal portal) : PhotoServingTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class PhotoServingTestsOnSqlServer(SqlServerPortal portal) : PhotoServingTests(portal), IClassFixture<SqlServerPortal>;
