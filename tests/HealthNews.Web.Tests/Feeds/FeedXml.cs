using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace HealthNews.Web.Tests.Feeds;

/// <summary>Reads feeds and sitemaps as XML, and the date formats they must use.</summary>
public static partial class FeedXml
{
    public static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    public static async Task<(HttpResponseMessage Response, XDocument? Document)> GetXmlAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            return (response, null);
        }
        await using var stream = await response.Content.ReadAsStreamAsync();
        return (response, await XDocument.LoadAsync(stream, LoadOptions.None, CancellationToken.None));
    }

    /// <summary>An RFC 822 date as RSS 2.0 requires (four-digit year), in Vietnam time: "Tue, 17 Jun 2025 08:08:00 +0700".</summary>
    public static DateTimeOffset ParseRfc822(string? value)
    {
        Assert.NotNull(value);
        Assert.Matches(Rfc822(), value);
        // ParseExact also checks that the weekday is that date's.
        var local = DateTime.ParseExact(value[..^6], "ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, TimeSpan.FromHours(7));
    }

    /// <summary>A W3C date-time with Vietnam's offset: "2025-06-17T08:08:00+07:00".</summary>
    public static DateTimeOffset ParseVietnamIso(string? value)
    {
        Assert.NotNull(value);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$", value);
        return DateTimeOffset.ParseExact(value, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    public static Uri AssertAbsolute(string? url)
    {
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", $"'{url}' is not an absolute address.");
        return uri;
    }

    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0700$")]
    private static partial Regex Rfc822();
}
