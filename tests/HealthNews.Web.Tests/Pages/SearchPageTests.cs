using System.Net;
using HealthNews.Core.Common;
using HealthNews.Core.Newsroom;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Pages;

/// <summary>/tim-kiem as a reader uses it: the header box, results with marked words, filters, messages, the cache.</summary>
public abstract class SearchPageTests(PortalFactory portal)
{
    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".search-results h2 a").Select(a => a.TextContent).ToList();

    [Theory]
    [InlineData("/")]
    [InlineData("/chuyen-muc/hoat-dong-cua-lanh-dao-bo")]
    [InlineData("/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who")]
    [InlineData("/tham-do-y-kien")]
    [InlineData("/khong-co-trang-nay")]
    public async Task EveryPublicPageHasASearchBoxThatWorksWithoutScript(string url)
    {
        using var client = portal.CreateClient();
        var (_, page, _) = await client.GetPageAsync(url);

        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal(("/tim-kiem", "get"), (form.GetAttribute("action"), form.GetAttribute("method")));
        Assert.NotNull(form.QuerySelector("input[type=search][name=q]"));
        Assert.NotNull(page.QuerySelector($"label[for={form.QuerySelector("input")!.Id}]"));
    }

    [Fact]
    public async Task TheNotFoundPageOffersASearchToo()
    {
        using var client = portal.CreateClient();
        var (response, page, _) = await client.GetPageAsync("/khong-co-trang-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(2, page.QuerySelectorAll("form[role=search]").Length);
        Assert.Equal(page.QuerySelectorAll("[id]").Length, page.QuerySelectorAll("[id]").Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task FindsLeadershipArticlesWithoutToneMarksAndMarksTheWords()
    {
        using var client = portal.CreateClient();
        var (response, page, _) = await client.GetPageAsync("/tim-kiem?q=bo+truong+dao+hong+lan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var titles = Titles(page);
        Assert.Contains("Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Đại sứ Cu Ba", titles.Take(3));
        Assert.Equal($"Tìm thấy {titles.Count} kết quả", page.QuerySelector(".search-count")!.TextContent);
        var first = page.QuerySelectorAll(".search-results li").First(li => li.QuerySelector("h2")!.TextContent.Contains("Cu Ba", StringComparison.Ordinal));
        Assert.StartsWith("/tin-tuc/", first.QuerySelector("h2 a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Matches(@"^Thứ .+, ngày \d{2}/\d{2}/\d{4} \d{2}:\d{2}$", first.QuerySelector(".date-line time")!.TextContent);
        Assert.Equal("Hoạt động của lãnh đạo Bộ", first.QuerySelector(".date-line a")!.TextContent);
        Assert.Contains(first.QuerySelectorAll(".snippet mark"), m => m.TextContent is "Đào" or "Hồng" or "Lan" or "Bộ" or "trưởng");
        Assert.Equal("bo truong dao hong lan", page.QuerySelector("#tim-kiem-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task WhatTheReaderTypedIsShownAsTextNeverAsMarkup()
    {
        using var client = portal.CreateClient();
        var (response, page, html) = await client.GetPageAsync("/tim-kiem?q=" + Uri.EscapeDataString("<script>alert(1)</script> y tế"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script> y tế", page.QuerySelector("#tim-kiem-q")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/tim-kiem", "Hãy nhập từ khoá cần tìm.")]
    [InlineData("/tim-kiem?q=", "Hãy nhập từ khoá cần tìm.")]
    [InlineData("/tim-kiem?q=a", "Từ khoá quá ngắn: hãy nhập ít nhất 2 chữ cái hoặc chữ số.")]
    [InlineData("/tim-kiem?q=y+te&tu=31-02-2024", "Ngày bắt đầu không hợp lệ: hãy chọn ngày trong lịch hoặc gõ theo dạng ngày/tháng/năm.")]
    [InlineData("/tim-kiem?q=y+te&tu=2025-01-02&den=2025-01-01", "Ngày bắt đầu phải trước ngày kết thúc.")]
    public async Task AQueryThatCantBeSearchedGetsAClearVietnameseMessage(string url, string message)
    {
        using var client = portal.CreateClient();
        var (response, page, _) = await client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector(".search-problem")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".search-results"));
    }

    [Fact]
    public async Task AQueryOverTwoHundredCharactersGetsAClearMessage()
    {
        using var client = portal.CreateClient();
        var (response, page, _) = await client.GetPageAsync("/tim-kiem?q=" + new string('y', 201));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Từ khoá quá dài: tối đa 200 ký tự.", page.QuerySelector(".search-problem")!.TextContent);
    }

    [Fact]
    public async Task NothingFoundSaysSo()
    {
        using var client = portal.CreateClient();
        var (_, page, _) = await client.GetPageAsync("/tim-kiem?q=khongcotukhoanay");

        Assert.Equal("Không tìm thấy kết quả nào cho «khongcotukhoanay».", page.QuerySelector(".search-count")!.TextContent);
        Assert.Empty(Titles(page));
    }

    [Fact]
    public async Task FiltersByCategoryAndDatesAndPagesKeepTheFilters()
    {
        using var client = portal.CreateClient();

        var (_, all, _) = await client.GetPageAsync("/tim-kiem?q=y+te");
        var (_, leaders, _) = await client.GetPageAsync("/tim-kiem?q=y+te&chuyen-muc=hoat-dong-cua-lanh-dao-bo");
        var (_, october, _) = await client.GetPageAsync("/tim-kiem?q=y+te&tu=2024-10-09&den=10/10/2024");

        var total = int.Parse(all.QuerySelector(".search-count")!.TextContent.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        var next = all.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!;
        var (_, second, _) = await client.GetPageAsync(next);
        Assert.Equal("/tim-kiem?q=y%20te&page=2", next);
        Assert.Equal(20, Titles(all).Count);
        Assert.Equal(total, Titles(all).Concat(Titles(second)).Distinct().Count()); // every result once, over the pages
        Assert.True(total > 20, $"{total} results");
        Assert.All(leaders.QuerySelectorAll(".search-results .date-line a"), a => Assert.Equal("Hoạt động của lãnh đạo Bộ", a.TextContent));
        Assert.Equal("hoat-dong-cua-lanh-dao-bo", leaders.QuerySelector("#tim-kiem-chuyen-muc option[selected]")!.GetAttribute("value"));
        // Published on 9 or 10 October 2024, Vietnam time, with "y tế" in them.
        Assert.Equal(["Bộ trưởng Bộ Y tế Đào Hồng Lan thăm, động viên bệnh nhân ghép tim - gan tại Bệnh viện Việt Đức",
            "Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Đại sứ Cu Ba", "Tăng cường hợp tác chuyển đổi số trong ngành Y tế",
            "Tăng cường hợp tác về y tế nhân chuyến thăm chính thức của đồng chí Tổng Bí thư, Chủ tịch nước tới Mông Cổ, Ireland và Pháp"],
            Titles(october).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task APublishedArticleIsFoundOnTheVeryNextSearchThoughPagesAreCached()
    {
        using var reader = portal.CreateClient();
        const string Url = "/tim-kiem?q=benh+dau+mua+khi";
        var (_, before, _) = await reader.GetPageAsync(Url);
        portal.Commands.Reset();
        var (_, cached, _) = await reader.GetPageAsync(Url);
        Assert.Equal(0, portal.Commands.Count); // served from the output cache

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var publishing = scope.ServiceProvider.GetRequiredService<ArticlePublishing>();
            var categoryId = (await scope.ServiceProvider.GetRequiredService<HealthNews.Core.Articles.CategoryDirectory>().ListAllAsync())[0].Id;
            var created = await publishing.CreateAsync(new ArticleInput("Phòng bệnh đậu mùa khỉ", null, "Hướng dẫn phòng bệnh.", "Nội dung.", categoryId,
                null, null, null, null, []), Actor.System("kiểm thử"));
            Assert.True(created.Succeeded, created.Message);
            Assert.True((await publishing.PublishAsync(created.Id, null, Actor.System("kiểm thử"))).Succeeded);
        }
        var (_, after, _) = await reader.GetPageAsync(Url);

        Assert.Empty(Titles(before));
        Assert.Empty(Titles(cached));
        Assert.Equal(["Phòng bệnh đậu mùa khỉ"], Titles(after));
    }
}

public sealed class SearchPageTestsOnSqlite(SqlitePortal portal) : SearchPageTests(portal), IClassFixture<SqlitePortal>;

public sealed class SearchPageTestsOnPostgreSql(PostgreSqlPortal portal) : SearchPageTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class SearchPageTestsOnSqlServer(SqlServerPortal portal) : SearchPageTests(portal), IClassFixture<SqlServerPortal>;
