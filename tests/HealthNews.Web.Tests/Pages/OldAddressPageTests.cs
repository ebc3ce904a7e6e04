using System.Net;
using HealthNews.Core.Common;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;

namespace HealthNews.Web.Tests.Pages;

/// <summary>A reader with an old moh.gov.vn link lands on the same article here with one 301, or on a search.</summary>
public abstract class OldAddressPageTests(PortalFactory portal)
{
    private const string CuBa = "/tin-tuc/bo-truong-bo-y-te-dao-hong-lan-tiep-dai-su-cu-ba";

    [Theory]
    [InlineData("/web/guest/-/bo-truong-bo-y-te-dao-hong-lan-tiep-dai-su-cu-ba", CuBa)]
    [InlineData("/vi_VN/web/guest/-/bo-truong-bo-y-te-dao-hong-lan-tiep-dai-su-cu-ba?inheritRedirect=false", CuBa)]
    [InlineData("/hoat-dong-cua-lanh-dao-bo/-/asset_publisher/k206Q9qkZOqn/content/bo-truong-bo-y-te-dao-hong-lan-tiep-dai-su-cu-ba?p_p_id=x", CuBa)]
    [InlineData("/web/guest/hoat-dong-cua-lanh-dao-bo/-/asset_publisher/k206Q9qkZOqn/content/bo-y-te-hop-chuan-bi-du-an-ho-tro-ky-thuat-y-te-cua-bo-y-te-to-chuc-y-te-the-gioi-giai-doan-2024-2027",
        "/tin-tuc/bo-y-te-hop-chuan-bi-du-an-ho-tro-ky-thuat-y-te-cua-bo-y-te-to-chuc-y-te-the")]
    [InlineData("/web/guest/hoat-dong-cua-lanh-dao-bo", "/chuyen-muc/hoat-dong-cua-lanh-dao-bo")]
    [InlineData("/vi_VN/Hoat-Dong-Cua-Lanh-Dao-Bo", "/chuyen-muc/hoat-dong-cua-lanh-dao-bo")]
    public Task AnOldAddressLandsOnTheSamePageHereWithOneRedirect(string old, string here) => portal.AssertOneMoveAsync(old, here);

    [Fact]
    public async Task AnOldAddressThatLeadsNowhereOffersASearchForItsWords()
    {
        using var client = portal.CreateBrowserLikeClient();

        var (response, page, _) = await client.GetPageAsync("/web/guest/-/hoi-nghi-tong-ket-cong-tac-y-te-nam-2019");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Không tìm thấy trang", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("hoi nghi tong ket cong tac y te nam 2019", page.QuerySelector("#tim-kiem-404")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AnEditorImportsOldAddressesAndReadersFollowThem()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);

        using var refused = await editor.PostFormAsync("/admin/dia-chi-cu/nhap", new() { ["text"] = "bai-cu-mot,/tin-tuc/x\nchi-mot-cot" }, tokenPage: "/admin/dia-chi-cu");
        var refusedPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        using var imported = await editor.PostFormAsync("/admin/dia-chi-cu/nhap",
            new() { ["text"] = "https://moh.gov.vn/web/guest/-/tin-cu-ve-cu-ba," + CuBa }, tokenPage: "/admin/dia-chi-cu");
        using var reader = portal.CreateBrowserLikeClient();
        using var followed = await reader.GetAsync(new Uri("/web/guest/-/tin-cu-ve-cu-ba", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Dòng 2: cần hai địa chỉ, cách nhau bởi dấu phẩy.", refusedPage.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("bai-cu-mot,/tin-tuc/x\nchi-mot-cot", refusedPage.QuerySelector("#text")!.TextContent.ReplaceLineEndings("\n").Trim()); // nothing typed is lost
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, followed.StatusCode);
        Assert.Equal(CuBa, followed.Headers.Location!.OriginalString);
    }
}

public sealed class OldAddressPageTestsOnSqlite(SqlitePortal portal) : OldAddressPageTests(portal), IClassFixture<SqlitePortal>;

public sealed class OldAddressPageTestsOnPostgreSql(PostgreSqlPortal portal) : OldAddressPageTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class OldAddressPageTestsOnSqlServer(SqlServerPortal portal) : OldAddressPageTests(portal), IClassFixture<SqlServerPortal>;
