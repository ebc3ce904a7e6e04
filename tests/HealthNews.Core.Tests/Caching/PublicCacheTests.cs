using HealthNews.Core.Caching;
using HealthNews.Core.Tests.Support;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Core.Tests.Caching;

/// <summary>Core owns eviction: one call evicts the in-memory data and the cached pages that carry a tag, and nothing else.</summary>
public sealed class PublicCacheTests
{
    [Fact]
    public async Task EvictingATagEvictsItsDataAndItsPagesAndKeepsTheRest()
    {
        await using var services = new ServiceCollection().AddOptions().AddOutputCache().BuildServiceProvider();
        var pages = services.GetRequiredService<IOutputCacheStore>(); // ASP.NET Core's own in-memory store
        var clock = new ManualClock(DateTimeOffset.UnixEpoch.AddYears(55));
        var data = TestServices.DataCache(clock);
        var cache = new PublicCache(data, [pages]);
        await pages.SetAsync("/tin-tuc/a", [1], [CacheTags.Articles], TimeSpan.FromMinutes(5), default);
        await pages.SetAsync("/tham-do-y-kien", [2], [CacheTags.PollArchive], TimeSpan.FromMinutes(5), default);
        await data.GetOrLoadAsync(CacheKeys.Latest(17), CacheTags.Articles, () => Task.FromResult(("cũ", (DateTime?)null)));
        await data.GetOrLoadAsync(CacheKeys.FeaturedPoll, CacheTags.Polls, () => Task.FromResult(("thăm dò", (DateTime?)null)));

        await cache.EvictAsync([CacheTags.Articles]);

        Assert.Null(await pages.GetAsync("/tin-tuc/a", default));
        Assert.NotNull(await pages.GetAsync("/tham-do-y-kien", default));
        Assert.Equal("mới", await data.GetOrLoadAsync(CacheKeys.Latest(17), CacheTags.Articles, () => Task.FromResult(("mới", (DateTime?)null))));
        Assert.Equal("thăm dò", await data.GetOrLoadAsync(CacheKeys.FeaturedPoll, CacheTags.Polls, () => Task.FromResult(("khác", (DateTime?)null))));
    }

    [Fact]
    public async Task DataIsStaleFromTheTimeItsLoaderNamesByThePortalsClock()
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 7, 10, 5, 0, 0, TimeSpan.Zero));
        var data = TestServices.DataCache(clock);
        var due = clock.GetUtcNow().UtcDateTime.AddMinutes(10);
        await data.GetOrLoadAsync("k", CacheTags.Articles, () => Task.FromResult(("trước", (DateTime?)due)));

        var before = await data.GetOrLoadAsync("k", CacheTags.Articles, () => Task.FromResult(("sau", (DateTime?)due)));
        clock.Advance(TimeSpan.FromMinutes(10));
        var after = await data.GetOrLoadAsync("k", CacheTags.Articles, () => Task.FromResult(("sau", (DateTime?)null)));

        Assert.Equal(("trước", "sau"), (before, after));
    }
}
