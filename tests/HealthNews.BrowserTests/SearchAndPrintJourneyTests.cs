using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HealthNews.BrowserTests;

/// <summary>In Chromium: a reader searches from the header box, and prints an article.</summary>
public class SearchAndPrintJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AReaderTypesWordsWithoutToneMarksAndGetsTheLeadershipArticlesWithTheWordsMarked()
    {
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString(), Locale = "vi-VN" });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Tìm kiếm tin bài" }).FillAsync("bo truong dao hong lan");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Tìm kiếm tin bài" }).PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/tim-kiem\\?q=bo\\+truong\\+dao\\+hong\\+lan$"));

        var titles = await page.Locator(".search-results h2 a").AllInnerTextsAsync();
        Assert.Contains("Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Đại sứ Cu Ba", titles.Take(3));
        Assert.Matches("^Tìm thấy \\d+ kết quả$", await page.Locator(".search-count").InnerTextAsync());
        var marked = await page.Locator(".search-results mark").AllInnerTextsAsync();
        Assert.Contains("Đào", marked);
        Assert.Equal("rgb(255, 243, 176)", await page.Locator(".search-results mark").First.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"));
    }

    [Fact]
    public async Task PrintingAnArticleGivesTheArticleAloneOnTheFewPagesItNeeds()
    {
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString(), Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who");
        Assert.True(await page.Locator(".share button[data-share=print]").IsVisibleAsync()); // the script showed it

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = false });

        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Thứ trưởng Bộ Y tế Lê Đức Luận tiếp đoàn UNDP và WHO" }).IsVisibleAsync());
        Assert.True(await page.Locator("figure figcaption").First.IsVisibleAsync());
        Assert.True(await page.Locator(".print-address").IsVisibleAsync());
        foreach (var hidden in new[] { ".site-header nav", ".search-box", ".sidebar", ".share", ".related", ".site-footer", ".breadcrumb" })
        {
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), hidden + " is printed");
        }
        var pages = Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]");
        Assert.InRange(pages, 1, 3); // a short article, its photos and captions
    }
}
