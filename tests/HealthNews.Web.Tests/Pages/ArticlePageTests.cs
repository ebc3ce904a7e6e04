using System.Net;
using HealthNews.Core.Entities;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Tests.Pages;

public abstract class ArticlePageTests(PortalFactory portal)
{
    private const string WhoUrl = "/tin-tuc/bo-y-te-hop-chuan-bi-du-an-ho-tro-ky-thuat-y-te-cua-bo-y-te-to-chuc-y-te-the";

    [Fact]
    public async Task ShowsTheWhoArticleInThePortalsFormat()
    {
        using var client = portal.CreateClient();

        var (response, document, _) = await client.GetPageAsync(WhoUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = document.QuerySelector("main article.article")!;
        Assert.Equal("Bộ Y tế họp chuẩn bị Dự án Hỗ trợ Kỹ thuật y tế của Bộ Y tế - Tổ chức Y tế thế giới giai đoạn 2024-2027",
            article.QuerySelector("h1")!.TextContent);
        Assert.Equal("09/12/2023 | 08:28 AM", article.QuerySelector(".date-line time")!.TextContent);
        Assert.StartsWith("Ngày 08/12/2023 tại Hà Nội", article.QuerySelector(".summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Trang chủ", "Hoạt động của lãnh đạo Bộ"], document.QuerySelectorAll(".breadcrumb li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task RendersCaptionsAsFigcaptionsAndTheBulletListAsAList()
    {
        using var client = portal.CreateClient();

        var (_, document, _) = await client.GetPageAsync(WhoUrl);

        var body = document.QuerySelector(".article-body")!;
        var captions = body.QuerySelectorAll("figure > figcaption").Select(c => c.TextContent).ToList();
        Assert.Equal(5, captions.Count);
        Assert.Contains("Quang cảnh cuộc họp.", captions);
        Assert.Contains("TS. Angela Pratt, Trưởng đại diện WHO tại Việt Nam phát biểu.", captions);
        Assert.All(body.QuerySelectorAll("figure > img"), img => Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt"))));
        var bullets = body.QuerySelectorAll("ul > li").Select(li => li.TextContent).ToList();
        Assert.Equal(5, bullets.Count);
        Assert.Equal("Giảm các nguy cơ với sức khỏe và các yếu tố gây bệnh trong suốt cuộc đời;", bullets[3]);
        Assert.Equal(3, body.QuerySelectorAll("ol > li").Length);
    }

    [Fact]
    public async Task ListsTheAttachmentsWithNamesAndSizes()
    {
        using var client = portal.CreateClient();

        var (_, document, _) = await client.GetPageAsync(WhoUrl);

        var items = document.QuerySelectorAll(".attachments li").ToList();
        Assert.Equal(["08.10.2024. Domesco 1252.png", "08.10.2024. Allegens. 1251.png", "08.10.2024. allegens 1253.png"],
            items.Select(li => li.QuerySelector("a")!.TextContent));
        Assert.All(items, li => Assert.Matches(@"^\(\d+(,\d)? KB\)$", li.QuerySelector(".size")!.TextContent));
        using var file = await client.GetAsync(new Uri(items[0].QuerySelector("a")!.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
    }

    [Fact]
    public async Task RelatedNewsListsUpToEightOthersOfTheCategoryNeverTheArticleItself()
    {
        using var client = portal.CreateClient();

        var (_, document, _) = await client.GetPageAsync(WhoUrl);

        var links = document.QuerySelectorAll(".related li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("Tin liên quan", document.QuerySelector(".related h2")!.TextContent);
        Assert.Equal(8, links.Count);
        Assert.DoesNotContain(WhoUrl, links);
        Assert.Equal("/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who", links[0]); // newest first
        Assert.Equal(links.Count, links.Distinct().Count());
    }

    [Fact]
    public async Task AnswersVietnamese404ForUnknownAndUnpublishedArticles()
    {
        await portal.WithDbAsync(async db =>
        {
            var category = await db.Categories.FirstAsync();
            var now = DateTime.UtcNow;
            db.Articles.AddRange(
                NewArticle(category, "ban-nhap-chua-dang", ArticleStatus.Draft, now.AddDays(-1)),
                NewArticle(category, "cho-duyet", ArticleStatus.InReview, now.AddDays(-1)),
                NewArticle(category, "hen-gio-ngay-mai", ArticleStatus.Published, now.AddDays(1)),
                NewArticle(category, "da-go-xuong", ArticleStatus.Unpublished, now.AddDays(-1)));
            await db.SaveChangesAsync();
        });
        using var client = portal.CreateClient();

        foreach (var slug in new[] { "khong-co-bai-nay", "ban-nhap-chua-dang", "cho-duyet", "hen-gio-ngay-mai", "da-go-xuong" })
        {
            var (response, document, _) = await client.GetPageAsync("/tin-tuc/" + slug);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("Không tìm thấy trang", document.QuerySelector("main h1")!.TextContent);
        }
    }

    [Fact]
    public async Task TheSidebarAndRelatedNewsLeaveUnpublishedArticlesOut()
    {
        await portal.WithDbAsync(async db =>
        {
            var category = await db.Categories.SingleAsync(c => c.Slug == "hoat-dong-cua-lanh-dao-bo");
            db.Articles.Add(NewArticle(category, "ban-nhap-moi-nhat", ArticleStatus.Draft, DateTime.UtcNow.AddMinutes(-1)));
            db.Articles.Add(NewArticle(category, "hen-gio-moi-nhat", ArticleStatus.Published, DateTime.UtcNow.AddHours(2)));
            await db.SaveChangesAsync();
        });
        using var client = portal.CreateClient();

        var (_, document, html) = await client.GetPageAsync(WhoUrl);

        Assert.DoesNotContain("ban-nhap-moi-nhat", html, StringComparison.Ordinal);
        Assert.DoesNotContain("hen-gio-moi-nhat", html, StringComparison.Ordinal);
        Assert.Equal(17, document.QuerySelectorAll(".latest li").Length);
    }

    private static Article NewArticle(Category category, string slug, ArticleStatus status, DateTime publishedAtUtc) => new()
    {
        Title = "Bài " + slug,
        Slug = slug,
        CategoryId = category.Id,
        Status = status,
        PublishedAtUtc = publishedAtUtc,
        CreatedAtUtc = publishedAtUtc,
        UpdatedAtUtc = publishedAtUtc,
        Body = "Nội dung.",
    };
}

public sealed class ArticlePageTestsOnSqlite(SqlitePortal portal) : ArticlePageTests(portal), IClassFixture<SqlitePortal>;

public sealed class ArticlePageTestsOnPostgreSql(PostgreSqlPortal portal) : ArticlePageTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class ArticlePageTestsOnSqlServer(SqlServerPortal portal) : ArticlePageTests(portal), IClassFixture<SqlServerPortal>;
