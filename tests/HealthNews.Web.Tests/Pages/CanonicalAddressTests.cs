using System.Net;
using HealthNews.Web.Tests.Support;

namespace HealthNews.Web.Tests.Pages;

/// <summary>One address per page: case, trailing-slash and first-page variants are answered with one 301.</summary>
public class CanonicalAddressTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Theory]
    [InlineData("/Chuyen-Muc/Hoat-Dong-Cua-Lanh-Dao-Bo", "/chuyen-muc/hoat-dong-cua-lanh-dao-bo")]
    [InlineData("/chuyen-muc/hoat-dong-cua-lanh-dao-bo/", "/chuyen-muc/hoat-dong-cua-lanh-dao-bo")]
    [InlineData("/chuyen-muc/hoat-dong-cua-lanh-dao-bo?page=1", "/chuyen-muc/hoat-dong-cua-lanh-dao-bo")]
    [InlineData("/TIN-TUC/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who/", "/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who")]
    [InlineData("/tim-kiem?q=y+te&page=1", "/tim-kiem?q=y%20te")]
    [InlineData("/Tim-Kiem?q=Y+T%E1%BA%BF", "/tim-kiem?q=Y%20T%E1%BA%BF")]
    public Task AVariantIsMovedPermanentlyToTheCanonicalAddress(string variant, string canonical) => portal.AssertOneMoveAsync(variant, canonical);

    [Theory]
    [InlineData("/chuyen-muc/hoat-dong-cua-lanh-dao-bo")]
    [InlineData("/chuyen-muc/hoat-dong-cua-lanh-dao-bo?page=2")]
    [InlineData("/")]
    [InlineData("/admin/Dang-Nhap")]
    public async Task CanonicalAddressesAndTheAdminAreaAreNotRedirected(string url)
    {
        using var client = portal.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.MovedPermanently, response.StatusCode);
    }

    [Fact]
    public async Task MediaFileNamesKeepTheirCase()
    {
        using var client = portal.CreateBrowserLikeClient();
        var (_, page, _) = await client.GetPageAsync("/tin-tuc/bo-y-te-hop-chuan-bi-du-an-ho-tro-ky-thuat-y-te-cua-bo-y-te-to-chuc-y-te-the");
        var media = page.QuerySelectorAll(".attachments a").Select(a => a.GetAttribute("href")!).First(href => href.Any(char.IsUpper));

        using var response = await client.GetAsync(new Uri(media, UriKind.Relative));

        // Not lowered into another address: the attachment (a picture) leads to its largest copy, which is served.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches(@"^/media/\d+/[0-9a-f]{16}/\d+\.png$", response.Headers.Location!.OriginalString);
        using var copy = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, copy.StatusCode);
    }
}
