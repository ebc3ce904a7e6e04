using System.Net;
using System.Text.Json;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Testing;
using HealthNews.Web.KeyRing;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Nodes;

/// <summary>
/// Issue 16 with two portal nodes behind real sockets on one PostgreSQL database (ADR-016): they migrate once, share one
/// encrypted key ring (a sign-in and a form made by one work on the other), see each other's uploads through the shared
/// media folder, and publish a scheduled article once, with no job on either.
/// </summary>
public sealed class SeveralNodesTests
{
    [Fact]
    public async Task TwoNodesStartingTogetherOnAnEmptyDatabaseMigrateAndLoadTheSampleOnceAndShareOneKey()
    {
        await using var nodes = await TwoNodes.StartTogetherAsync();

        var logs = new[] { nodes.A.LogLines(), nodes.B.LogLines() };
        Assert.Equal(1, logs.Count(lines => lines.Any(l => l.Contains("Applying ", StringComparison.Ordinal))));
        Assert.Equal(1, logs.Count(lines => lines.Any(l => l.Contains("Loaded the sample content", StringComparison.Ordinal))));
        await using var db = nodes.Database.CreateContext();
        Assert.Equal(db.Database.GetMigrations().Count(), (await db.Database.GetAppliedMigrationsAsync()).Count());
        var key = Assert.Single(await db.DataProtectionKeys.ToListAsync()); // made under the lock: one, not one per node
        Assert.Contains(KeySecretXmlDecryptor.ElementName, key.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain("masterKey", key.Xml, StringComparison.Ordinal); // the key itself never lies in the clear
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            using var reader = node.Anonymous();
            using var home = await reader.GetAsync(new Uri("/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }
    }

    [Fact]
    public async Task StaffSignedInThroughOneNodeWorkThroughTheOtherAndItsFormsPostToEither()
    {
        await using var nodes = await TwoNodes.StartAsync();
        await nodes.A.EnsureUserAsync(Roles.Administrator);
        var browser = new Browser();
        using var toA = browser.To(nodes.A);
        using var toB = browser.To(nodes.B);

        using var signIn = await toA.PostFormAsync("/admin/dang-nhap", new() { ["Email"] = Staff.EmailFor(Roles.Administrator), ["Password"] = Staff.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var dashboard = await toB.GetAsync(new Uri("/admin", UriKind.Relative));
        using var categories = await toB.GetAsync(new Uri("/admin/chuyen-muc", UriKind.Relative));
        var token = await Staff.TokenAsync(toA, "/admin/chuyen-muc"); // the form as node A rendered it …
        using var created = await toB.PostAsync(new Uri("/admin/chuyen-muc", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Y tế học đường",
            ["Slug"] = "y-te-hoc-duong",
            ["SortOrder"] = "9",
            ["__RequestVerificationToken"] = token,
        })); // … posted to node B

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.OK, categories.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/admin/chuyen-muc", created.Headers.Location!.OriginalString);
        await using var db = nodes.Database.CreateContext();
        Assert.Equal("Y tế học đường", (await db.Categories.SingleAsync(c => c.Slug == "y-te-hoc-duong")).Name);
    }

    [Fact]
    public async Task AnImageUploadedThroughOneNodeIsServedWithItsCopiesByTheOther()
    {
        var media = Path.Combine(Path.GetTempPath(), "healthnews-tests", "shared-media-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string> { ["HealthNews:MediaDirectory"] = media });
            await nodes.A.EnsureUserAsync(Roles.Editor);
            var browser = new Browser();
            using var toA = browser.To(nodes.A);
            using var toB = browser.To(nodes.B);
            (await toA.PostFormAsync("/admin/dang-nhap", new() { ["Email"] = Staff.EmailFor(Roles.Editor), ["Password"] = Staff.Password })).Dispose();
            var photo = TestImages.Jpeg(1600, 900);
            using var content = new MultipartFormDataContent
            {
                { new ByteArrayContent(photo), "File", "hop-bao.jpg" },
                { new StringContent("Họp báo của Bộ Y tế"), "AltText" },
                { new StringContent(await Staff.TokenAsync(toA, "/admin")), "__RequestVerificationToken" },
            };
            using var uploaded = await toA.PostAsync(new Uri("/admin/thu-vien/tai-len-anh", UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
            var image = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement;
            var (id, url) = (image.GetProperty("id").GetInt32(), image.GetProperty("url").GetString()!);

            using var reader = nodes.B.Anonymous();
            using var original = await reader.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, original.StatusCode); // to its largest copy, on node B
            var largest = original.Headers.Location!.OriginalString;
            var copies = new[] { largest, largest.Replace("/1920.jpg", "/320.jpg", StringComparison.Ordinal), largest.Replace(".jpg", ".webp", StringComparison.Ordinal) };
            foreach (var copy in copies.Distinct())
            {
                using var served = await reader.GetAsync(new Uri(copy, UriKind.Relative));
                Assert.True(served.StatusCode == HttpStatusCode.OK, $"{copy}: {served.StatusCode}");
            }
            Assert.Equal(photo, await toB.GetByteArrayAsync(new Uri($"/admin/thu-vien/{id}/ban-goc", UriKind.Relative)));
            Assert.Empty(Directory.EnumerateFiles(media, "*.tmp", SearchOption.AllDirectories)); // renamed into place
        }
        finally
        {
            if (Directory.Exists(media))
            {
                Directory.Delete(media, recursive: true);
            }
        }
    }

    [Fact]
    public async Task AScheduledArticleBecomesPublicOnceWithBothNodesRunning()
    {
        await using var nodes = await TwoNodes.StartAsync();
        await nodes.A.AddAsync(category => [ArticleRows.New(category, "lich-tiem-chung-mua-dong", ArticleStatus.Draft, DateTime.UtcNow)]);
        int id;
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.HealthNewsDbContext>();
            id = await db.Articles.Where(a => a.Slug == "lich-tiem-chung-mua-dong").Select(a => a.Id).SingleAsync();
            var scheduled = await scope.ServiceProvider.GetRequiredService<ArticlePublishing>()
                .PublishAsync(id, nodes.A.Clock.GetUtcNow().UtcDateTime.AddHours(1), Actor.System("kiểm thử"));
            Assert.True(scheduled.Succeeded, scheduled.Message);
        }
        var before = await StatusOnBothAsync(nodes);

        nodes.A.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        nodes.B.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var after = await StatusOnBothAsync(nodes);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound], before);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], after);
        await using var check = nodes.Database.CreateContext();
        var article = await check.Articles.SingleAsync(a => a.Slug == "lich-tiem-chung-mua-dong");
        Assert.Equal(ArticleStatus.Published, article.Status);
        var entityId = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Single(await check.AuditEvents.Where(e => e.EntityId == entityId).ToListAsync()); // the scheduling; no job wrote more
    }

    private static async Task<HttpStatusCode[]> StatusOnBothAsync(TwoNodes nodes)
    {
        var codes = new List<HttpStatusCode>();
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            using var reader = node.Anonymous();
            using var response = await reader.GetAsync(new Uri("/tin-tuc/lich-tiem-chung-mua-dong", UriKind.Relative));
            codes.Add(response.StatusCode);
        }
        return [.. codes];
    }

    /// <summary>One browser behind a load balancer: one cookie jar, whichever node answers.</summary>
    private sealed class Browser
    {
        private readonly CookieContainer _cookies = new();

        public HttpClient To(KestrelPortal node) =>
            new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = _cookies }) { BaseAddress = node.Address };
    }
}
