using System.Buffers.Binary;
using System.Net;
using HealthNews.Web.Tests.Support;

namespace HealthNews.Web.Tests.Pages;

/// <summary>A real favicon and touch icon: every layout names them, and each answers with its own image type.</summary>
public class IconTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/admin/dang-nhap")]
    public async Task EveryLayoutNamesIconsThatExist(string page)
    {
        using var client = portal.CreateClient();
        var (_, document, _) = await client.GetPageAsync(page);

        var links = document.QuerySelectorAll("link[rel=icon], link[rel=apple-touch-icon]").Select(l => l.GetAttribute("href")!).ToList();

        Assert.Equal(3, links.Count);
        foreach (var href in links)
        {
            Assert.StartsWith("/", href, StringComparison.Ordinal); // a file, not a data: stub
            using var response = await client.GetAsync(new Uri(href, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task FaviconIcoHoldsSixteenAndThirtyTwoPixelImages()
    {
        using var client = portal.CreateClient();
        using var response = await client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0, 0, 1, 0], bytes[..4]); // an icon resource
        Assert.Equal(2, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(4)));
        Assert.Equal((16, 32), (bytes[6], bytes[22])); // the two entries' widths
    }

    [Fact]
    public async Task TheTouchIconIsA180PixelPng()
    {
        using var client = portal.CreateClient();
        var bytes = await client.GetByteArrayAsync(new Uri("/apple-touch-icon.png", UriKind.Relative));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal((180, 180), (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));
    }
}
