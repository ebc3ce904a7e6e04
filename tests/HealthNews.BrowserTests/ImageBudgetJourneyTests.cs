using System.Text.Json;
using Microsoft.Playwright;

namespace HealthNews.BrowserTests;

/// <summary>
/// Issue 14 in Chromium: a phone downloads pictures of its own size. The home page's images stay within a budget on a
/// 375 px phone at twice the density, and no picture anywhere is more than twice as wide as it is shown, on a phone or on
/// a 1280 px desktop (each image's natural width against its rendered width × the device pixel ratio).
/// </summary>
public class ImageBudgetJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string WhoArticle = "/tin-tuc/bo-y-te-hop-chuan-bi-du-an-ho-tro-ky-thuat-y-te-cua-bo-y-te-to-chuc-y-te-the";

    private async Task<IBrowserContext> ContextAsync(int width, int height, float density) =>
        await portal.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = density,
            IsMobile = width < 600,
        });

    // Down the whole page, so that every lazy image loads, then back up.
    private static async Task ScrollThroughAsync(IPage page)
    {
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        for (var y = 0; y < height; y += 400)
        {
            await page.EvaluateAsync($"window.scrollTo(0, {y})");
            await page.WaitForTimeoutAsync(30);
        }
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForFunctionAsync("[...document.images].every(i => i.complete)");
    }

    [Fact]
    public async Task OnAPhoneTheHomePagesPicturesWeighUnder150KilobytesAndAreWebP()
    {
        await using var context = await ContextAsync(375, 740, 2);
        var page = await context.NewPageAsync();
        var images = new List<(string Url, int Bytes)>();
        page.Response += async (_, response) =>
        {
            if (response.Request.ResourceType == "image")
            {
                var body = await response.BodyAsync();
                lock (images)
                {
                    images.Add((response.Url, body.Length));
                }
            }
        };

        await page.GotoAsync("/");
        await ScrollThroughAsync(page);
        await page.WaitForTimeoutAsync(500); // the last bodies are read in the Response handler

        List<(string Url, int Bytes)> loaded;
        lock (images)
        {
            loaded = [.. images];
        }
        var entries = await page.EvaluateAsync<int>("performance.getEntriesByType('resource').filter(e => e.initiatorType === 'img').length");
        Assert.Equal(entries, loaded.Count); // every picture the page loaded was weighed
        // Every picture shown was weighed: each shown image's file is among the downloads. Chromium may fill a card with
        // the larger copy it already holds of the same picture, so two slots can cost one download.
        var shown = await page.EvaluateAsync<string[]>(
            "[...document.images].filter(i => i.getBoundingClientRect().width > 0).map(i => i.currentSrc)");
        Assert.True(shown.Length >= 2, $"the sample's home page shows its lead story's photo and cards' photos: {shown.Length} shown");
        var downloaded = loaded.Select(i => i.Url).ToHashSet(StringComparer.Ordinal);
        Assert.All(shown, src => Assert.Contains(src, downloaded));
        var total = loaded.Sum(i => i.Bytes);
        Assert.True(total < 150 * 1024, $"{total / 1024} KB of pictures: {string.Join(", ", loaded.Select(i => $"{i.Url} {i.Bytes / 1024} KB"))}");
        Assert.All(loaded, i => Assert.EndsWith(".webp", i.Url, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(375, 2f)]
    [InlineData(1280, 1f)]
    public async Task NoPictureIsServedMoreThanTwiceAsWideAsItIsShown(int width, float density)
    {
        await using var context = await ContextAsync(width, 800, density);
        var page = await context.NewPageAsync();
        var measured = 0;

        foreach (var address in new[] { "/", "/chuyen-muc/hoat-dong-cua-lanh-dao-bo", WhoArticle })
        {
            await page.GotoAsync(address);
            await ScrollThroughAsync(page);
            // The file's own width, from the bytes the browser chose (naturalWidth is scaled by srcset's width descriptor).
            var shown = JsonDocument.Parse(await page.EvaluateAsync<string>(
                """
                (async () => JSON.stringify(await Promise.all([...document.images].filter(i => i.getBoundingClientRect().width > 0)
                    .map(async i => ({ src: i.currentSrc, natural: (await createImageBitmap(await (await fetch(i.currentSrc)).blob())).width,
                                       rendered: i.getBoundingClientRect().width })))))()
                """)).RootElement.EnumerateArray().ToList();
            Assert.NotEmpty(shown);
            // A file is downloaded once: when the same picture shows in two slots (the lead story and its card), Chromium
            // reuses the copy it has for the smaller one, so each file is held to the largest slot that shows it.
            foreach (var file in shown.GroupBy(i => i.GetProperty("src").GetString()))
            {
                var natural = file.First().GetProperty("natural").GetDouble();
                var rendered = file.Max(i => i.GetProperty("rendered").GetDouble());
                Assert.True(natural <= 2 * rendered * density,
                    $"{address} at {width} px × {density}: {file.Key} is {natural} px wide for {rendered * density:0} device pixels");
                measured++;
            }
        }
        Assert.True(measured >= 6, $"only {measured} files were measured");
    }
}
