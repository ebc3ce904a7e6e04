using System.Net;
using HealthNews.Core.Configuration;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Tests.Pages;

public abstract class OperationsTests(PortalFactory portal)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpointsAnswerHealthy(string url)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MediaIsServedWithItsTypeNosniffAndCacheHeaders()
    {
        using var client = portal.CreateBrowserLikeClient();
        var (_, document, _) = await client.GetPageAsync("/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who");
        var src = document.QuerySelector(".article-body figure img")!.GetAttribute("src")!;

        using var response = await client.GetAsync(new Uri(src, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType); // the JPEG fallback of the picture
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.NotNull(response.Headers.ETag);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xFF, 0xD8], bytes[..2]);
    }

    [Fact]
    public async Task MediaUnderAnotherNameRedirectsToItsOwnAndUnknownMediaIs404()
    {
        using var client = portal.CreateBrowserLikeClient();

        using var renamed = await client.GetAsync(new Uri("/media/1/ten-khac.png", UriKind.Relative));
        using var unknown = await client.GetAsync(new Uri("/media/999999/x.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, renamed.StatusCode);
        Assert.StartsWith("/media/1/", renamed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}

public sealed class OperationsTestsOnSqlite(SqlitePortal portal) : OperationsTests(portal), IClassFixture<SqlitePortal>;

public sealed class OperationsTestsOnPostgreSql(PostgreSqlPortal portal) : OperationsTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class OperationsTestsOnSqlServer(SqlServerPortal portal) : OperationsTests(portal), IClassFixture<SqlServerPortal>;

/// <summary>A portal whose database breaks under it: readers get a friendly page, never a stack trace.</summary>
public abstract class ProductionErrorTests(string provider) : IAsyncLifetime
{
    private readonly PortalFactory _portal = new(provider);

    public Task InitializeAsync() => ((IAsyncLifetime)_portal).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_portal).DisposeAsync();

    [Fact]
    public async Task AServerErrorShowsAFriendlyVietnamesePageWithoutDetails()
    {
        using var client = _portal.CreateClient();
        var (healthy, _, _) = await client.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        await _portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(_portal.Database.RenameTableSql("Articles", "Articles_gone")));

        var (response, document, html) = await client.GetPageAsync("/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Đã có lỗi xảy ra", document.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Articles", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReadinessCheckReportsABrokenDatabase()
    {
        using var client = _portal.CreateClient();
        using var before = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await _portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(_portal.Database.RenameTableSql("Categories", "Categories_gone")));

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}

public sealed class ProductionErrorTestsOnSqlite() : ProductionErrorTests(DatabaseOptions.Sqlite);

public sealed class ProductionErrorTestsOnPostgreSql() : ProductionErrorTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class ProductionErrorTestsOnSqlServer() : ProductionErrorTests(DatabaseOptions.SqlServer);
