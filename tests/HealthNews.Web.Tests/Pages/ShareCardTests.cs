using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Dom;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Tests.Pages;

/// <summary>Open Graph, Twitter and schema.org data: what a shared link and a search result show.</summary>
public abstract class ShareCardTests(PortalFactory portal)
{
    private const string UndpUrl = "/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who";

    private static string? Meta(IHtmlDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    private static JsonElement JsonLd(IHtmlDocument page) =>
        JsonDocument.Parse(page.QuerySelectorAll("script[type='application/ld+json']").Single().TextContent).RootElement;

    private static void AssertAbsolute(string? url) =>
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", $"'{url}' is not an absolute address.");

    [Fact]
    public async Task AnArticleCarriesOpenGraphAndTwitterCards()
    {
        using var client = portal.CreateClient();

        var (_, page, _) = await client.GetPageAsync(UndpUrl);

        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("Thứ trưởng Bộ Y tế Lê Đức Luận tiếp đoàn UNDP và WHO", Meta(page, "og:title"));
        Assert.Equal(page.QuerySelector(".summary")!.TextContent, Meta(page, "og:description"));
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Meta(page, "og:url"));
        AssertAbsolute(Meta(page, "og:url"));
        Assert.Equal("Cổng thông tin điện tử Bộ Y tế", Meta(page, "og:site_name"));
        Assert.Equal("vi_VN", Meta(page, "og:locale"));
        Assert.Equal("2025-06-17T08:08:00+07:00", Meta(page, "article:published_time"));
        Assert.Equal("2025-06-17T08:08:00+07:00", Meta(page, "article:modified_time"));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
    }

    [Fact]
    public async Task TheFeaturedImageIsTheShareImageEvenWhenTheBodyAlreadyShowsIt()
    {
        using var client = portal.CreateClient();

        var (_, page, _) = await client.GetPageAsync(UndpUrl);

        var image = Meta(page, "og:image");
        AssertAbsolute(image);
        var path = new Uri(image!).AbsolutePath;
        Assert.StartsWith("/media/", path, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("figure.featured")); // shown once, in the body
        // The body's first figure is the featured image; the card shows its 1280 px JPEG copy, with that copy's size.
        var inBody = page.QuerySelectorAll(".article-body img").First(img => img.GetAttribute("srcset")!.Contains(path + " 1280w", StringComparison.Ordinal));
        Assert.Equal(inBody.GetAttribute("alt"), Meta(page, "og:image:alt"));
        Assert.Equal("1280", Meta(page, "og:image:width"));
        Assert.Equal("853", Meta(page, "og:image:height"));
    }

    [Fact]
    public async Task TheFeaturedImageLeadsTheArticleWithItsAltAndCaption()
    {
        await portal.WithDbAsync(async db =>
        {
            var media = new MediaFile
            {
                FileName = "anh-dai-dien.png", ContentType = "image/png", SizeBytes = 2048, StorageKey = "test/anh-dai-dien.png",
                AltText = "Mô tả trong thư viện", Width = 1200, Height = 630,
            };
            db.MediaFiles.Add(media);
            await db.SaveChangesAsync();
            var category = await db.Categories.FirstAsync();
            var article = ArticleRows.New(category.Id, "bai-co-anh-dai-dien", ArticleStatus.Published, DateTime.UtcNow.AddDays(-1));
            article.FeaturedImageId = media.Id;
            article.FeaturedImageAlt = "Bộ trưởng thăm bệnh viện";
            article.FeaturedImageCaption = "Bộ trưởng thăm Bệnh viện Bạch Mai.";
            db.Articles.Add(article);
            await db.SaveChangesAsync();
        });
        using var client = portal.CreateClient();

        var (_, page, _) = await client.GetPageAsync("/tin-tuc/bai-co-anh-dai-dien");

        var figure = page.QuerySelector("article figure.featured")!;
        var img = figure.QuerySelector("img")!;
        Assert.Equal("Bộ trưởng thăm bệnh viện", img.GetAttribute("alt"));
        Assert.Equal("Bộ trưởng thăm Bệnh viện Bạch Mai.", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal(("1200", "630"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal(img.GetAttribute("src"), new Uri(Meta(page, "og:image")!).AbsolutePath);
        Assert.Equal("Bộ trưởng thăm bệnh viện", Meta(page, "og:image:alt"));
        Assert.Equal(("1200", "630"), (Meta(page, "og:image:width"), Meta(page, "og:image:height")));
    }

    [Fact]
    public async Task AnArticleWithoutAnImageGetsASummaryCardAndNoImage()
    {
        await portal.WithDbAsync(async db =>
        {
            var category = await db.Categories.FirstAsync();
            db.Articles.Add(ArticleRows.New(category.Id, "bai-khong-co-anh", ArticleStatus.Published, DateTime.UtcNow.AddDays(-1)));
            await db.SaveChangesAsync();
        });
        using var client = portal.CreateClient();

        var (_, page, _) = await client.GetPageAsync("/tin-tuc/bai-khong-co-anh");

        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.Null(Meta(page, "og:image"));
        Assert.False(JsonLd(page).TryGetProperty("image", out _));
    }

    [Fact]
    public async Task AnArticleDescribesItselfAsANewsArticleInJsonLd()
    {
        using var client = portal.CreateClient();

        var (_, page, _) = await client.GetPageAsync(UndpUrl);

        var data = JsonLd(page);
        Assert.Equal("https://schema.org", data.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", data.GetProperty("@type").GetString());
        Assert.Equal("Thứ trưởng Bộ Y tế Lê Đức Luận tiếp đoàn UNDP và WHO", data.GetProperty("headline").GetString());
        Assert.Equal("2025-06-17T08:08:00+07:00", data.GetProperty("datePublished").GetString());
        Assert.Equal("2025-06-17T08:08:00+07:00", data.GetProperty("dateModified").GetString());
        Assert.Equal(DateTimeOffset.Parse("2025-06-17T01:08:00Z", CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(data.GetProperty("datePublished").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(Meta(page, "og:image"), data.GetProperty("image")[0].GetString());
        Assert.Equal(Meta(page, "og:url"), data.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        var publisher = data.GetProperty("publisher");
        Assert.Equal("Organization", publisher.GetProperty("@type").GetString());
        Assert.Equal("Bộ Y tế", publisher.GetProperty("name").GetString());
        var logo = publisher.GetProperty("logo").GetProperty("url").GetString();
        AssertAbsolute(logo);
        Assert.EndsWith("/apple-touch-icon.png", logo, StringComparison.Ordinal);
        using var logoResponse = await client.GetAsync(new Uri(new Uri(logo!).AbsolutePath, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, logoResponse.StatusCode);
    }

    [Fact]
    public async Task AScriptEndTagInATitleCannotBreakOutOfTheJsonLd()
    {
        const string title = "Tin </script><script>alert(1)</script> <!-- & \"trích dẫn\"";
        await portal.WithDbAsync(async db =>
        {
            var category = await db.Categories.FirstAsync();
            db.Articles.Add(ArticleRows.New(category.Id, "bai-co-the-script", ArticleStatus.Published, DateTime.UtcNow.AddDays(-1), title));
            await db.SaveChangesAsync();
        });
        using var client = portal.CreateClient();

        var (_, page, html) = await client.GetPageAsync("/tin-tuc/bai-co-the-script");

        Assert.Single(page.QuerySelectorAll("script:not([src])")); // the JSON-LD block, and no script made of the title
        Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.StartsWith("/js/share.js", s.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Equal(title, JsonLd(page).GetProperty("headline").GetString());
        Assert.DoesNotContain("</script><script>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "Bộ Y tế - Cổng thông tin điện tử")]
    [InlineData("/chuyen-muc/hoat-dong-cua-lanh-dao-bo", "Hoạt động của lãnh đạo Bộ")]
    [InlineData("/chuyen-muc/hoat-dong-cua-lanh-dao-bo?page=2", "Hoạt động của lãnh đạo Bộ - Trang 2")]
    public async Task TheHomePageAndListingsAreWebsites(string url, string title)
    {
        using var client = portal.CreateClient();

        var (_, page, _) = await client.GetPageAsync(url);

        Assert.Equal("website", Meta(page, "og:type"));
        Assert.Equal(title, Meta(page, "og:title"));
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Meta(page, "og:url"));
        AssertAbsolute(Meta(page, "og:url"));
        Assert.Equal("vi_VN", Meta(page, "og:locale"));
        Assert.Null(Meta(page, "article:published_time"));
        Assert.Empty(page.QuerySelectorAll("script[type='application/ld+json']"));
    }

    [Fact]
    public async Task APreviewCarriesNoShareCardsAndNoSearchData()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var categoryId = 0;
        await portal.WithDbAsync(async db => categoryId = (await db.Categories.FirstAsync()).Id);
        using var created = await editor.PostFormAsync("/admin/bai-viet/tao", new()
        {
            ["Title"] = "Bản nháp xem trước", ["Body"] = "Nội dung.", ["Summary"] = "Tóm tắt.",
            ["CategoryId"] = categoryId.ToString(CultureInfo.InvariantCulture),
        });
        var id = created.Headers.Location!.OriginalString.Split('/')[3];

        var (response, page, _) = await editor.GetPageAsync($"/admin/bai-viet/{id}/xem-truoc");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bản nháp xem trước", page.QuerySelector("h1.article-title")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("meta[property^='og:'], meta[property^='article:'], meta[name^='twitter:']"));
        Assert.Empty(page.QuerySelectorAll("script[type='application/ld+json']"));
    }
}

public sealed class ShareCardTestsOnSqlite(SqlitePortal portal) : ShareCardTests(portal), IClassFixture<SqlitePortal>;

public sealed class ShareCardTestsOnPostgreSql(PostgreSqlPortal portal) : ShareCardTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class ShareCardTestsOnSqlServer(SqlServerPortal portal) : ShareCardTests(portal), IClassFixture<SqlServerPortal>;
