using Microsoft.Playwright;

namespace HealthNews.BrowserTests;

/// <summary>In Chromium: the menu on a desktop and on a phone, and what a phone's first screen shows.</summary>
public class LayoutJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task OnADesktopEveryCategorySitsOnOneMenuRow()
    {
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var tops = new List<float>();
        foreach (var item in await page.Locator(".main-nav li").AllAsync())
        {
            tops.Add((await item.BoundingBoxAsync())!.Y);
        }

        Assert.Equal(7, tops.Count); // the home link and the sample's six top-level categories
        Assert.Single(tops.Distinct());
        Assert.False(await page.Locator(".menu-button").IsVisibleAsync());
    }

    [Fact]
    public async Task OnAPhoneTheMenuFoldsBehindAButtonAndTheFirstScreenShowsNews()
    {
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 375, Height = 740 }, IsMobile = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        Assert.True(await page.Locator(".menu-button").IsVisibleAsync());
        Assert.False(await page.Locator(".main-nav li").First.IsVisibleAsync());
        var lead = (await page.Locator(".lead-story .lead-title").BoundingBoxAsync())!;
        Assert.True(lead.Y + lead.Height < 740, $"the lead story's title ends at {lead.Y + lead.Height} px, below the first screen");

        await page.Locator(".menu-button").ClickAsync();
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Hoạt động của lãnh đạo Bộ" }).First.IsVisibleAsync());

        var poll = (await page.Locator(".sidebar .poll").BoundingBoxAsync())!;
        var latest = (await page.Locator(".sidebar .latest").BoundingBoxAsync())!;
        Assert.True(poll.Y < latest.Y, "on a phone the poll comes before the long list of latest items");
    }
}
