using System.Net;

namespace HealthNews.Web.Tests.Support;

public static class Redirects
{
    /// <summary>Asserts that <paramref name="from"/> answers one 301 to <paramref name="to"/>, and that page answers 200.</summary>
    public static async Task AssertOneMoveAsync(this PortalFactory portal, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(portal);
        using var client = portal.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(from, UriKind.Relative));
        using var landed = await client.GetAsync(response.Headers.Location!);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(to, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode); // one redirect, then the page
    }
}
