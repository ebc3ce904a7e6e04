using HealthNews.Core.Caching;
using HealthNews.Web.Tests.Support;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Caching;

/// <summary>Without <c>Redis:Configuration</c> the portal is one node, as before ADR-015: its caches in memory, no Redis anywhere.</summary>
public sealed class OneNodeCachingTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task WithoutRedisTheCachesStayInMemoryAndReadinessNamesNoRedis()
    {
        using var client = portal.CreateClient();
        var ready = await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.IsType<LocalTagVersions>(portal.Services.GetRequiredService<ITagVersions>());
        Assert.Equal("Microsoft.AspNetCore.OutputCaching.Memory.MemoryOutputCacheStore",
            Assert.Single(portal.Services.GetServices<IOutputCacheStore>()).GetType().FullName);
        Assert.Equal("Healthy", ready.Trim());
    }
}
