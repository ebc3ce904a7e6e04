using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HealthNews.BrowserTests;

/// <summary>A foreign reader on a Vietnamese article switches to English and back (issue 17, ADR-017).</summary>
public class EnglishEditionJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string VietnameseTitle = "Thứ trưởng Bộ Y tế Lê Đức Luận tiếp đoàn UNDP và WHO";
    private const string EnglishTitle = "Deputy Minister of Health Le Duc Luan receives UNDP and WHO delegation";

    [Fact]
    public async Task AReaderOnAVietnameseArticleClicksEnglishAndReadsTheTranslationInAnEnglishPage()
    {
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString(), Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who");
        Assert.Equal(VietnameseTitle, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/en/news/[a-z0-9-]+$"));

        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(EnglishTitle, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Equal("Tuesday, 17/06/2025 08:08", await page.Locator("article .date-line").InnerTextAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Latest news" }).IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Related news" }).IsVisibleAsync());
        Assert.Equal("Home", await page.Locator(".breadcrumb li a").First.InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who$"));
        Assert.Equal("vi", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task AnEnglishReaderSearchesFromTheHeaderAndFindsOnlyEnglishNews()
    {
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString(), Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the news" }).FillAsync("UNDP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/en/search\\?q=UNDP$"));

        var titles = await page.Locator(".search-results h2 a").AllInnerTextsAsync();
        Assert.Contains(EnglishTitle, titles);
        Assert.DoesNotContain(VietnameseTitle, titles);
        Assert.All(await page.Locator(".search-results h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"),
            href => Assert.StartsWith("/en/news/", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEditorPicksTheOriginalAndARelatedItemOfTheEditionWithTheSearchBoxes()
    {
        const string password = "mat-khau-ban-dich-2025";
        await portal.CreateStaffAsync("bandich@moh.gov.vn", password, "Editor", "Biên tập viên Mai");
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/dang-nhap");
        await page.GetByLabel("Email").FillAsync("bandich@moh.gov.vn");
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin$"));

        await page.GotoAsync("/admin/bai-viet/tao");
        await page.Locator("#Title").FillAsync("Viet Nam steps up digital transformation in health care");
        await page.Locator("#CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Hoạt động của lãnh đạo Bộ" });
        await page.Locator("#Language").SelectOptionAsync("en");

        // "Bản dịch của": the search offers Vietnamese articles; choosing one fills the original's number.
        await page.Locator("#translation-query").FillAsync("hop tac chuyen doi so");
        var original = page.GetByRole(AriaRole.Button, new() { Name = "Chọn làm bản gốc: Tăng cường hợp tác chuyển đổi số trong ngành Y tế" });
        await original.ClickAsync();
        Assert.Matches("^[0-9]+$", await page.Locator("input[name=TranslationOfId]").InputValueAsync());

        // "Tin liên quan": the search offers the English edition's articles only.
        await page.Locator("#related-query").FillAsync("Cuba");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm: Minister of Health Dao Hong Lan receives the Ambassador of Cuba" }).ClickAsync();
        // Both editions have "Đào Hồng Lan … Cu Ba"; the English article is offered, the Vietnamese one is not.
        await page.Locator("#related-query").FillAsync("Dao Hong Lan");
        await Assertions.Expect(page.Locator(".related-results")).ToContainTextAsync("Minister of Health Dao Hong Lan receives the Ambassador of Cuba");
        Assert.DoesNotContain("Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Đại sứ Cu Ba", await page.Locator(".related-results").InnerTextAsync());

        await page.Locator(".CodeMirror").ClickAsync();
        await page.Keyboard.TypeAsync("Viet Nam is stepping up digital transformation across the health sector.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo bản nháp" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin/bai-viet/[0-9]+/sua$"));

        Assert.Equal("Bản gốc tiếng Việt: Tăng cường hợp tác chuyển đổi số trong ngành Y tế",
            Regex.Replace(await page.Locator(".translation-current").InnerTextAsync(), @"\s+", " ").Trim());
        Assert.Contains("Minister of Health Dao Hong Lan receives the Ambassador of Cuba", await page.Locator(".related-picked").InnerTextAsync());
    }
}
