using System.Net;
using System.Net.Http.Headers;
using HealthNews.Web.Tests.Support;

namespace HealthNews.Web.Tests.Caching;

/// <summary>What a reader on a slow phone downloads: small pages, compressed, assets cached for a year.</summary>
public class LeanPagesTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task FingerprintedAssetsAreCachedForAYear()
    {
        using var client = portal.CreateClient();
        var (_, page, _) = await client.GetPageAsync("/");
        var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(new Uri(css, UriKind.Relative));

        Assert.Contains("?v=", css, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task PublicHtmlIsCompressedAdminHtmlIsNot()
    {
        using var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var publicPage = new HttpRequestMessage(HttpMethod.Get, "/tin-tuc/bo-y-te-hop-chuan-bi-du-an-ho-tro-ky-thuat-y-te-cua-bo-y-te-to-chuc-y-te-the");
        publicPage.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var adminPage = new HttpRequestMessage(HttpMethod.Get, "/admin/dang-nhap");
        adminPage.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var compressed = await client.SendAsync(publicPage);
        using var plain = await client.SendAsync(adminPage);

        Assert.Equal("br", Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Empty(plain.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task TheArticlePageAndItsAssetsStayWithinTheSlowPhoneBudget()
    {
        using var client = portal.CreateClient();
        var (_, page, html) = await client.GetPageAsync("/tin-tuc/bo-y-te-hop-chuan-bi-du-an-ho-tro-ky-thuat-y-te-cua-bo-y-te-to-chuc-y-te-the");
        long assets = 0;
        foreach (var href in page.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
        {
            Assert.StartsWith("/", href, StringComparison.Ordinal); // nothing third-party
            assets += (await client.GetByteArrayAsync(new Uri(href, UriKind.Relative))).Length;
        }

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(html) < 60 * 1024, $"{System.Text.Encoding.UTF8.GetByteCount(html)} bytes of HTML");
        Assert.True(assets < 100 * 1024, $"{assets} bytes of CSS and JS");
        var images = page.QuerySelectorAll(".article-body img").ToList();
        Assert.Equal(5, images.Count);
        Assert.All(images, img => Assert.Equal(("1920", "1280", "lazy"), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("loading"))));
    }
}
