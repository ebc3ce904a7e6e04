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
}
