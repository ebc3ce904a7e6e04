using HealthNews.Core.Configuration;
using HealthNews.Web.Tests.Support;

namespace HealthNews.Web.Tests.Pages;

/// <summary>Canonical links (and later share cards, feeds, sitemaps) are absolute: the configured public address, else the request's.</summary>
public class PublicAddressTests
{
    private const string WhoArticle = "/tin-tuc/bo-y-te-hop-chuan-bi-du-an-ho-tro-ky-thuat-y-te-cua-bo-y-te-to-chuc-y-te-the";

    [Theory]
    [InlineData("https://moh.gov.vn", "https://moh.gov.vn" + WhoArticle)]
    [InlineData("https://moh.gov.vn/", "https://moh.gov.vn" + WhoArticle)]
    [InlineData("", "http://localhost" + WhoArticle)]
    public async Task TheCanonicalLinkIsAbsolute(string publicBaseUrl, string expected)
    {
        await using var portal = new PortalFactory(DatabaseOptions.Sqlite);
        await ((IAsyncLifetime)portal).InitializeAsync();
        portal.Settings["HealthNews:PublicBaseUrl"] = publicBaseUrl;
        try
        {
            using var client = portal.CreateClient();
            var (_, document, _) = await client.GetPageAsync(WhoArticle);

            Assert.Equal(expected, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        }
        finally
        {
            await ((IAsyncLifetime)portal).DisposeAsync();
        }
    }
}
