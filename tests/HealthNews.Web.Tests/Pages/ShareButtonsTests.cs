using HealthNews.Web.Tests.Support;

namespace HealthNews.Web.Tests.Pages;

/// <summary>Share buttons under an article: plain links first, a local script for the rest, nothing from third parties.</summary>
public class ShareButtonsTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private const string Article = "/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who";

    [Fact]
    public async Task TheFacebookLinkCarriesTheArticlesAddressAndTheScriptedButtonsWaitForTheScript()
    {
        using var client = portal.CreateClient();
        var (_, page, _) = await client.GetPageAsync(Article);
        var share = page.QuerySelector("article nav.share")!;

        Assert.Equal("https://www.facebook.com/sharer/sharer.php?u=" + Uri.EscapeDataString("http://localhost" + Article),
            share.QuerySelector("a.share-facebook")!.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", share.QuerySelector("a.share-facebook")!.GetAttribute("rel"));
        Assert.Equal(["native", "copy", "print"], share.QuerySelectorAll("button[data-share]").Select(b => b.GetAttribute("data-share")!));
        Assert.All(share.QuerySelectorAll("button"), b => Assert.True(b.HasAttribute("hidden"))); // shown by the script only
        Assert.Equal("Địa chỉ bài viết: http://localhost" + Article, page.QuerySelector(".print-address")!.TextContent);
    }

    [Fact]
    public async Task NoPageLoadsAScriptFromAnotherSite()
    {
        using var client = portal.CreateClient();
        foreach (var url in new[] { "/", Article, "/tim-kiem?q=y+te", "/chuyen-muc/hoat-dong-cua-lanh-dao-bo" })
        {
            var (_, page, _) = await client.GetPageAsync(url);
            Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.StartsWith("/", s.GetAttribute("src"), StringComparison.Ordinal));
        }
    }
}
