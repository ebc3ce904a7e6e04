using HealthNews.Testing;
using System.Net;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Tests.Pages;

public abstract class HomePageTests(PortalFactory portal)
{
    [Fact]
    public async Task GroupsTheNewestItemsByCategoryInMenuOrder()
    {
        using var client = portal.CreateClient();

        var (response, document, _) = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sections = document.QuerySelectorAll("main section.home-section").ToList();
        Assert.Equal(
            ["Hoạt động của lãnh đạo Bộ", "Tin tổng hợp", "Hoạt động của địa phương", "Tin nổi bật", "Thông tin chỉ đạo điều hành", "Điểm tin y tế"],
            sections.Select(s => s.QuerySelector("h2")!.TextContent));
        var leadership = sections[0].QuerySelectorAll(".card-title a").Select(a => a.TextContent).ToList();
        Assert.Equal(5, leadership.Count);
        Assert.Equal("Thứ trưởng Bộ Y tế Lê Đức Luận tiếp đoàn UNDP và WHO", leadership[0]);
        Assert.Equal("/chuyen-muc/hoat-dong-cua-lanh-dao-bo", sections[0].QuerySelector("h2 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EveryPageHasTheLatestItemsSidebarAndThePollSlot()
    {
        using var client = portal.CreateClient();

        foreach (var url in new[] { "/", "/chuyen-muc/tin-tong-hop", "/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who", "/khong-co" })
        {
            var (_, document, _) = await client.GetPageAsync(url);

            var latest = document.QuerySelector("aside .latest")!;
            Assert.Equal("Xuất bản thông tin", latest.QuerySelector("h2")!.TextContent);
            var items = latest.QuerySelectorAll("li").ToList();
            Assert.Equal(17, items.Count);
            // The seed's sidebar, newest first: 10/07/2025 07:50 is the latest of its items.
            Assert.StartsWith("Họp Ban chỉ đạo Quốc gia vận động hiến máu tình nguyện", items[0].QuerySelector("a")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Thứ Năm, ngày 10/07/2025 07:50", items[0].QuerySelector(".date-line")!.TextContent);
            Assert.Contains(items, li => li.QuerySelector(".date-line")!.TextContent == "Thứ Bẩy, ngày 05/07/2025 03:21");
            Assert.Contains(items, li => li.QuerySelector(".date-line")!.TextContent == "Chủ Nhật, ngày 06/07/2025 01:31");
            Assert.Equal("Thăm dò ý kiến", document.QuerySelector("aside .poll h2")!.TextContent);
        }
    }

    [Fact]
    public async Task VietnameseGoesOutAsUtf8CharactersNotEntities()
    {
        using var client = portal.CreateClient();

        foreach (var url in new[] { "/", "/chuyen-muc/hoat-dong-cua-lanh-dao-bo", "/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who", "/khong-co" })
        {
            var (response, _, html) = await client.GetPageAsync(url);

            Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
            Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
            Assert.DoesNotContain("&#", html, StringComparison.Ordinal);
            Assert.Contains("Xuất bản thông tin", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PublicPagesCarryNoPerVisitorState()
    {
        using var client = portal.CreateClient();

        foreach (var url in new[] { "/", "/chuyen-muc/hoat-dong-cua-lanh-dao-bo", "/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who" })
        {
            var (first, _, firstHtml) = await client.GetPageAsync(url);
            var (_, _, secondHtml) = await client.GetPageAsync(url);

            Assert.False(first.Headers.Contains("Set-Cookie"), url);
            Assert.Equal(firstHtml, secondHtml);
            Assert.DoesNotContain("__RequestVerificationToken", firstHtml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheLeadStoryOpensTheHomePageAndAnEditorsPinTakesItsPlaceOnTheNextRequest()
    {
        using var reader = portal.CreateClient();
        var (_, before, _) = await reader.GetPageAsync("/");
        var newest = before.QuerySelector(".lead-story .lead-title a")!;
        Assert.Equal("Thứ trưởng Bộ Y tế Lê Đức Luận tiếp đoàn UNDP và WHO", newest.TextContent); // pinned by the sample content
        Assert.Same(before.QuerySelector("main section")!, before.QuerySelector(".lead-story")); // before the category sections
        Assert.Equal("high", before.QuerySelector(".lead-story img")!.GetAttribute("fetchpriority"));
        Assert.False(string.IsNullOrWhiteSpace(before.QuerySelector(".lead-story .lead-summary")!.TextContent));

        using var editor = await portal.SignInAsync(Core.Common.Roles.Editor);
        var id = 0;
        await portal.WithDbAsync(async db => id = (await db.Articles.SingleAsync(a => a.Title == "Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Đại sứ Cu Ba")).Id);
        try
        {
            using var pinned = await editor.PostFormAsync($"/admin/bai-viet/{id}/ghim", [], tokenPage: $"/admin/bai-viet/{id}/sua");
            var (_, after, _) = await reader.GetPageAsync("/");
            var (_, editPage, _) = await editor.GetPageAsync($"/admin/bai-viet/{id}/sua");

            Assert.Equal(HttpStatusCode.Redirect, pinned.StatusCode);
            Assert.Equal("Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Đại sứ Cu Ba", after.QuerySelector(".lead-story .lead-title a")!.TextContent);
            Assert.NotNull(editPage.QuerySelector($"form[action='/admin/bai-viet/{id}/bo-ghim']"));
        }
        finally
        {
            using var unpinned = await editor.PostFormAsync($"/admin/bai-viet/{id}/bo-ghim", [], tokenPage: $"/admin/bai-viet/{id}/sua");
            Assert.Equal(HttpStatusCode.Redirect, unpinned.StatusCode);
            var (_, restored, _) = await reader.GetPageAsync("/");
            Assert.Equal(newest.TextContent, restored.QuerySelector(".lead-story .lead-title a")!.TextContent); // the earlier pin leads again
        }
    }

    [Fact]
    public async Task PagesCarryTheSecurityHeaders()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
    }
}

public sealed class HomePageTestsOnSqlite(SqlitePortal portal) : HomePageTests(portal), IClassFixture<SqlitePortal>;

public sealed class HomePageTestsOnPostgreSql(PostgreSqlPortal portal) : HomePageTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class HomePageTestsOnSqlServer(SqlServerPortal portal) : HomePageTests(portal), IClassFixture<SqlServerPortal>;
