using Microsoft.Playwright;

namespace HealthNews.BrowserTests;

public class PollJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AReaderVotesFromTheSidebarSeesTheResultsAndIsRefusedASecondTime()
    {
        await portal.CreateFeaturedPollAsync("Bạn đánh giá thế nào về chất lượng khám chữa bệnh tại trạm y tế xã?", ["Tốt", "Trung bình", "Chưa tốt"]);
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseAddress.ToString(),
            JavaScriptEnabled = false, // the poll works without JavaScript
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        var block = page.Locator("aside .poll");
        Assert.Equal("Bạn đánh giá thế nào về chất lượng khám chữa bệnh tại trạm y tế xã?", await block.Locator("legend").InnerTextAsync());
        await block.GetByLabel("Trung bình").CheckAsync();
        await block.GetByRole(AriaRole.Button, new() { Name = "Biểu quyết" }).ClickAsync();

        Assert.Matches(@"/tham-do-y-kien/\d+$", page.Url); // the vote answered with a redirect: a refresh doesn't vote again
        Assert.Equal("Cảm ơn bạn đã biểu quyết.", await page.Locator(".poll-message").InnerTextAsync());
        Assert.Equal("100% (1 phiếu)", await page.Locator(".poll-page .poll-figures").Nth(1).InnerTextAsync());
        Assert.Equal("Tổng số: 1 lượt biểu quyết", await page.Locator(".poll-page .poll-total").InnerTextAsync());
        Directory.CreateDirectory(BrowserPortal.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserPortal.ScreenshotDirectory, "poll-results.png"), FullPage = true });

        await page.GotoAsync("/");
        await page.Locator("aside .poll").GetByLabel("Tốt", new() { Exact = true }).CheckAsync();
        await page.Locator("aside .poll").GetByRole(AriaRole.Button, new() { Name = "Biểu quyết" }).ClickAsync();

        Assert.Contains("Bạn đã biểu quyết trong cuộc thăm dò này", await page.Locator(".poll-message").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Tổng số: 1 lượt biểu quyết", await page.Locator(".poll-page .poll-total").InnerTextAsync());
    }
}
