using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HealthNews.BrowserTests;

public class ReaderJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AReaderOpensTheHomePageFollowsALinkAndReadsTheArticle()
    {
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString(), Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        var failedRequests = new List<string>();
        page.RequestFailed += (_, request) => failedRequests.Add(request.Url);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failedRequests.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync("/");
        Assert.Equal("Trang chủ - Bộ Y tế - Cổng thông tin điện tử", await page.TitleAsync());
        var section = page.Locator("section.home-section").First;
        Assert.Equal("HOẠT ĐỘNG CỦA LÃNH ĐẠO BỘ", (await section.Locator("h2").InnerTextAsync()).Trim()); // upper case, as the portal shows it

        await section.GetByRole(AriaRole.Link, new() { Name = "Thứ trưởng Bộ Y tế Lê Đức Luận tiếp đoàn UNDP và WHO" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who$"));

        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        Assert.Equal("Thứ trưởng Bộ Y tế Lê Đức Luận tiếp đoàn UNDP và WHO", await heading.InnerTextAsync());
        Assert.Equal("17/06/2025 | 08:08 AM", await page.Locator("article .date-line").InnerTextAsync());
        var caption = page.Locator("figure figcaption").First;
        Assert.True(await caption.IsVisibleAsync());
        Assert.Equal("Thứ trưởng Bộ Y tế Lê Đức Luận phát biểu.", await caption.InnerTextAsync());
        Assert.Equal(6, await page.Locator(".article-body ul > li").CountAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Tin liên quan" }).IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Xuất bản thông tin" }).IsVisibleAsync());

        // The photos really load: a natural width means the browser decoded the image bytes.
        var firstImage = page.Locator("figure img").First;
        await firstImage.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await firstImage.ElementHandleAsync());
        Assert.Empty(failedRequests);

        Directory.CreateDirectory(BrowserPortal.ScreenshotDirectory);
        var screenshot = Path.Combine(BrowserPortal.ScreenshotDirectory, "article-desktop.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    [Fact]
    public async Task OnAPhoneTheListingIsReadableWithoutSideScrolling()
    {
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 375, Height = 740 },
            IsMobile = true,
            JavaScriptEnabled = false, // the portal reads without JavaScript
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/chuyen-muc/hoat-dong-cua-lanh-dao-bo");

        Assert.Equal(20, await page.Locator(".listing .card").CountAsync());
        Assert.Equal("Thứ Năm, ngày 10/10/2024 09:09", await page.Locator(".listing .card .date-line").Nth(1).InnerTextAsync());
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"page is {scrollWidth}px wide on a 375px screen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Trang sau ›" }).ClickAsync();
        Assert.EndsWith("?page=2", page.Url, StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator(".listing .card").CountAsync());

        Directory.CreateDirectory(BrowserPortal.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserPortal.ScreenshotDirectory, "listing-phone.png"), FullPage = true });
    }
}
