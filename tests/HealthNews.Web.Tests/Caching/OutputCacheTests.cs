using System.Net;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Entities;
using HealthNews.Core.Markdown;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Polls;
using HealthNews.Testing;
using HealthNews.Web.Tests.Polls;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Caching;

/// <summary>Each test gets its own portal, so that what one caches can't hide another's change.</summary>
public abstract class OutputCacheTests(string provider) : IAsyncLifetime
{
    private readonly PortalFactory _portal = new(provider);

    public Task InitializeAsync() => ((IAsyncLifetime)_portal).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_portal).DisposeAsync();

    private async Task<int> CategoryIdAsync()
    {
        var id = 0;
        await _portal.WithDbAsync(async db => id = await db.Categories.Where(c => c.Slug == "tin-tong-hop").Select(c => c.Id).SingleAsync());
        return id;
    }

    private async Task<int> WriteAsync(HttpClient editor, string title)
    {
        using var created = await editor.PostFormAsync("/admin/bai-viet/tao", new()
        {
            ["Title"] = title, ["Body"] = "Nội dung.", ["CategoryId"] = (await CategoryIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/chuyen-muc/hoat-dong-cua-lanh-dao-bo")]
    [InlineData("/chuyen-muc/hoat-dong-cua-lanh-dao-bo?page=2")]
    [InlineData("/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who")]
    [InlineData("/tham-do-y-kien")]
    public async Task ARepeatedRequestIsServedWithoutTouchingTheDatabase(string url)
    {
        using var reader = _portal.CreateClient();
        var (first, _, firstHtml) = await reader.GetPageAsync(url);
        _portal.Commands.Reset();

        var (second, _, secondHtml) = await reader.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(0, _portal.Commands.Count);
        Assert.Equal(firstHtml, secondHtml);
        Assert.False(second.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task PagesOfDifferentNumbersAreCachedApart()
    {
        using var reader = _portal.CreateClient();

        var (_, page1, _) = await reader.GetPageAsync("/chuyen-muc/hoat-dong-cua-lanh-dao-bo");
        var (_, page2, _) = await reader.GetPageAsync("/chuyen-muc/hoat-dong-cua-lanh-dao-bo?page=2");

        Assert.Equal(20, page1.QuerySelectorAll(".listing .card").Length);
        Assert.Equal(2, page2.QuerySelectorAll(".listing .card").Length);
    }

    [Fact]
    public async Task PublishingEditingAndUnpublishingShowOnTheVeryNextRequest()
    {
        using var editor = await _portal.SignInAsync(Roles.Editor);
        using var reader = _portal.CreateClient();
        var id = await WriteAsync(editor, "Tin mới nhất từ Bộ Y tế");
        string Latest(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("aside .latest li a")!.TextContent;
        var (_, before, _) = await reader.GetPageAsync("/");
        Assert.NotEqual("Tin mới nhất từ Bộ Y tế", Latest(before)); // and now "/" is cached

        (await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban", [])).Dispose();
        var (_, published, _) = await reader.GetPageAsync("/");
        Assert.Equal("Tin mới nhất từ Bộ Y tế", Latest(published));

        var (_, form, _) = await editor.GetPageAsync($"/admin/bai-viet/{id}/sua");
        (await editor.PostFormAsync($"/admin/bai-viet/{id}/sua", new()
        {
            ["Title"] = "Tin mới nhất đã cập nhật", ["Body"] = "Nội dung.", ["CategoryId"] = (await CategoryIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ConcurrencyStamp"] = form.QuerySelector("input[name=ConcurrencyStamp]")!.GetAttribute("value")!,
        })).Dispose();
        var (_, draftOnly, _) = await reader.GetPageAsync("/");
        Assert.Equal("Tin mới nhất từ Bộ Y tế", Latest(draftOnly)); // saved, not yet published: readers see the live version
        (await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban-thay-doi", [])).Dispose();
        var (_, edited, _) = await reader.GetPageAsync("/");
        Assert.Equal("Tin mới nhất đã cập nhật", Latest(edited));

        (await editor.PostFormAsync($"/admin/bai-viet/{id}/go-xuong", [])).Dispose();
        var (_, unpublished, _) = await reader.GetPageAsync("/");
        Assert.NotEqual("Tin mới nhất đã cập nhật", Latest(unpublished));
    }

    [Fact]
    public async Task RelatedNewsOfAnotherArticleShowsAPublishAndAnUnpublishOnTheVeryNextRequest()
    {
        using var editor = await _portal.SignInAsync(Roles.Editor);
        using var reader = _portal.CreateClient();
        var first = await WriteAsync(editor, "Bài gốc cùng chuyên mục");
        (await editor.PostFormAsync($"/admin/bai-viet/{first}/xuat-ban", [])).Dispose();
        var firstUrl = "/tin-tuc/bai-goc-cung-chuyen-muc";
        string Related(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector(".related")?.TextContent ?? "";
        var (_, before, _) = await reader.GetPageAsync(firstUrl); // the page and the category's newest items are now cached

        var second = await WriteAsync(editor, "Bài mới cùng chuyên mục");
        (await editor.PostFormAsync($"/admin/bai-viet/{second}/xuat-ban", [])).Dispose();
        var (_, published, _) = await reader.GetPageAsync(firstUrl);
        (await editor.PostFormAsync($"/admin/bai-viet/{second}/go-xuong", [])).Dispose();
        var (_, unpublished, _) = await reader.GetPageAsync(firstUrl);

        Assert.DoesNotContain("Bài mới cùng chuyên mục", Related(before), StringComparison.Ordinal);
        Assert.Contains("Bài mới cùng chuyên mục", Related(published), StringComparison.Ordinal);
        Assert.DoesNotContain("Bài mới cùng chuyên mục", Related(unpublished), StringComparison.Ordinal);
        Assert.DoesNotContain("Bài gốc cùng chuyên mục", Related(published), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACategorysPagesFollowAPublishAndAnUnpublishOnTheVeryNextRequest()
    {
        // Fill "Tin tổng hợp" to exactly one page before anything is read (so nothing cached needs evicting yet).
        var categoryId = await CategoryIdAsync();
        await _portal.WithDbAsync(async db =>
        {
            var published = await db.Articles.CountAsync(a => a.CategoryId == categoryId && a.Status == ArticleStatus.Published && a.Language == ContentLanguage.Vietnamese);
            for (var i = published; i < 20; i++)
            {
                db.Articles.Add(new Article
                {
                    Title = $"Tin lấp đầy {i}", Slug = $"tin-lap-day-{i}", Summary = "Tóm tắt.", Body = "Nội dung.", CategoryId = categoryId,
                    Status = ArticleStatus.Published, PublishedAtUtc = DateTime.UtcNow.AddDays(-1), CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
                });
            }
            await db.SaveChangesAsync();
        });
        using var editor = await _portal.SignInAsync(Roles.Editor);
        using var reader = _portal.CreateClient();
        using var before = await reader.GetAsync(new Uri("/chuyen-muc/tin-tong-hop?page=2", UriKind.Relative)); // 20 items: one page

        var id = await WriteAsync(editor, "Tin thứ hai mươi mốt");
        (await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban", [])).Dispose();
        var (published, page2, _) = await reader.GetPageAsync("/chuyen-muc/tin-tong-hop?page=2");
        (await editor.PostFormAsync($"/admin/bai-viet/{id}/go-xuong", [])).Dispose();
        using var unpublished = await reader.GetAsync(new Uri("/chuyen-muc/tin-tong-hop?page=2", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Single(page2.QuerySelectorAll(".listing .card"));
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
    }

    [Fact]
    public async Task AScheduledArticleAppearsAtItsTimeEvenOnACachedPage()
    {
        using var editor = await _portal.SignInAsync(Roles.Editor);
        using var reader = _portal.CreateClient();
        var id = await WriteAsync(editor, "Tin hẹn giờ một giờ nữa");
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            var publishing = scope.ServiceProvider.GetRequiredService<ArticlePublishing>();
            var scheduled = await publishing.PublishAsync(id, _portal.Clock.GetUtcNow().UtcDateTime.AddHours(1), Actor.System("kiểm thử"));
            Assert.True(scheduled.Succeeded);
        }

        var (_, before, _) = await reader.GetPageAsync("/");
        _portal.Commands.Reset();
        var (_, stillBefore, _) = await reader.GetPageAsync("/");
        var queriesWhileCached = _portal.Commands.Count;
        _portal.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1)); // the publish time has come; no job ran
        var (_, after, _) = await reader.GetPageAsync("/");

        Assert.DoesNotContain("Tin hẹn giờ một giờ nữa", before.QuerySelector("aside .latest")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, queriesWhileCached); // served from the cache, which must not outlive the publish time
        Assert.DoesNotContain("Tin hẹn giờ một giờ nữa", stillBefore.QuerySelector("aside .latest")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tin hẹn giờ một giờ nữa", after.QuerySelector("aside .latest li a")!.TextContent);
    }

    [Fact]
    public async Task AVoteShowsOnThePollsPageOnTheNextRequest()
    {
        var poll = await PollPagesTests.CreateFeaturedPollAsync(_portal, PollResultsVisibility.Always);
        using var reader = _portal.CreateClient();
        var (_, before, _) = await reader.GetPageAsync($"/tham-do-y-kien/{poll.Id}");
        (await PollPagesTests.VoteAsync(_portal.CreateClient(), poll.Id, [poll.Options[0].Id])).Dispose();

        var (_, after, _) = await reader.GetPageAsync($"/tham-do-y-kien/{poll.Id}");
        var (_, archive, _) = await reader.GetPageAsync("/tham-do-y-kien");

        Assert.Equal("Tổng số: 0 lượt biểu quyết", before.QuerySelector(".poll-total")!.TextContent);
        Assert.Equal("Tổng số: 1 lượt biểu quyết", after.QuerySelector(".poll-total")!.TextContent);
        Assert.Contains("1 lượt biểu quyết", archive.QuerySelector(".poll-archive-item")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInStaffAlwaysGetAFreshPage()
    {
        // The article page reads its article from the database when it is rendered (the home page's data is all in memory).
        const string Url = "/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who";
        using var editor = await _portal.SignInAsync(Roles.Editor);
        (await editor.GetAsync(new Uri(Url, UriKind.Relative))).Dispose();
        _portal.Commands.Reset();

        (await editor.GetAsync(new Uri(Url, UriKind.Relative))).Dispose();

        Assert.True(_portal.Commands.Count > 0);
    }
}

public sealed class OutputCacheTestsOnSqlite() : OutputCacheTests(DatabaseOptions.Sqlite);

public sealed class OutputCacheTestsOnPostgreSql() : OutputCacheTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class OutputCacheTestsOnSqlServer() : OutputCacheTests(DatabaseOptions.SqlServer);

/// <summary>With the cache off, each page runs a small fixed number of SQL commands, however many articles there are.</summary>
public abstract class QueryCountTests(string provider) : IAsyncLifetime
{
    private readonly PortalFactory _portal = new(provider);

    public Task InitializeAsync()
    {
        _portal.Settings["HealthNews:OutputCache:Enabled"] = "false";
        return ((IAsyncLifetime)_portal).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_portal).DisposeAsync();

    private async Task<int> CommandsForAsync(string url)
    {
        using var client = _portal.CreateClient();
        (await client.GetAsync(new Uri(url, UriKind.Relative))).Dispose(); // warm: the first request also loads the model
        _portal.Commands.Reset();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return _portal.Commands.Count;
    }

    [Fact]
    public async Task EachPageRunsAFixedSmallNumberOfQueries()
    {
        var poll = await PollPagesTests.CreateFeaturedPollAsync(_portal, PollResultsVisibility.Always);
        string[] urls = ["/", "/chuyen-muc/hoat-dong-cua-lanh-dao-bo", "/tin-tuc/bo-y-te-hop-chuan-bi-du-an-ho-tro-ky-thuat-y-te-cua-bo-y-te-to-chuc-y-te-the", $"/tham-do-y-kien/{poll.Id}"];
        var before = new List<int>();
        foreach (var url in urls)
        {
            before.Add(await CommandsForAsync(url));
        }

        await _portal.WithDbAsync(async db =>
        {
            var category = await db.Categories.SingleAsync(c => c.Slug == "hoat-dong-cua-lanh-dao-bo");
            var media = await db.MediaFiles.FirstAsync();
            for (var i = 0; i < 60; i++)
            {
                var article = new Article
                {
                    Title = $"Tin bổ sung số {i}", Slug = $"tin-bo-sung-{i}", Summary = "Tóm tắt.", Body = "Nội dung.", CategoryId = category.Id,
                    Status = ArticleStatus.Published, PublishedAtUtc = DateTime.UtcNow.AddMinutes(-i), CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
                    FeaturedImageId = media.Id, FeaturedImageAlt = "Ảnh",
                };
                article.Attachments.Add(new ArticleAttachment { MediaFileId = media.Id, SortOrder = 1 });
                db.Articles.Add(article);
            }
            await db.SaveChangesAsync();
        });
        var after = new List<int>();
        foreach (var url in urls)
        {
            after.Add(await CommandsForAsync(url));
        }

        Assert.Equal(before, after);
        Assert.Equal(0, after[0]); // the home page's lead story and sections come from memory
        Assert.All(after.Skip(1), count => Assert.InRange(count, 1, 8));
    }

    [Fact]
    public async Task AnArticleWithoutAttachmentsIsReadInOneQueryWithItsFiguresSized()
    {
        var slug = "bai-khong-dinh-kem-" + Guid.NewGuid().ToString("N")[..6];
        await _portal.WithDbAsync(async db =>
        {
            var category = await db.Categories.SingleAsync(c => c.Slug == "hoat-dong-cua-lanh-dao-bo");
            var photo = await db.MediaFiles.FirstAsync(m => m.Width != null);
            var article = new Article
            {
                Title = "Bài không đính kèm", Slug = slug, Summary = "Tóm tắt.", CategoryId = category.Id,
                Body = $"Đoạn đầu.\n\n![Ảnh](/media/{photo.Id}/{photo.FileName} \"Chú thích.\")",
                Status = ArticleStatus.Published, PublishedAtUtc = DateTime.UtcNow.AddMinutes(-1), CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
            };
            // As the portal's writers do: the body is rendered, with its figures' sizes, before the row is saved.
            await new ArticleRendering(db, _portal.Services.GetRequiredService<IMarkdownRenderer>()).RenderAsync(article);
            db.Articles.Add(article);
            await db.SaveChangesAsync();
        });

        // The article row alone: its body was rendered when written; the sidebar and the category's newest items are in memory.
        Assert.Equal(1, await CommandsForAsync("/tin-tuc/" + slug));
        using var client = _portal.CreateClient();
        var (_, page, _) = await client.GetPageAsync("/tin-tuc/" + slug);
        var image = page.QuerySelector(".article-body figure img")!;
        Assert.NotNull(image.GetAttribute("width"));
        Assert.NotNull(image.GetAttribute("height"));
    }
}

public sealed class QueryCountTestsOnSqlite() : QueryCountTests(DatabaseOptions.Sqlite);

public sealed class QueryCountTestsOnPostgreSql() : QueryCountTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class QueryCountTestsOnSqlServer() : QueryCountTests(DatabaseOptions.SqlServer);
