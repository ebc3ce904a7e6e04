using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace HealthNews.Web.Tests.Support;

/// <summary>The portal's error pages as a reader or an editor sees them: the status, its Vietnamese title, no exception's text.</summary>
public static class ErrorPages
{
    public static readonly IReadOnlyDictionary<int, string> Titles = new Dictionary<int, string>
    {
        [400] = "Yêu cầu không hợp lệ",
        [404] = "Không tìm thấy trang",
        [413] = "Dữ liệu gửi lên quá lớn",
        [431] = "Yêu cầu quá lớn",
        [507] = "Máy chủ hết dung lượng lưu trữ",
    };

    /// <summary>Asserts that <paramref name="response"/> is the error page for <paramref name="status"/> and returns it.</summary>
    public static async Task<IHtmlDocument> AssertErrorPageAsync(HttpResponseMessage response, int status, bool admin = false)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {html[..Math.Min(html.Length, 300)]}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await new HtmlParser().ParseDocumentAsync(html);
        Assert.Equal(Titles[status], page.QuerySelector("h1")?.TextContent.Trim());
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(admin, page.QuerySelector(".admin-header") is not null);
        if (admin)
        {
            Assert.Contains("Mã lỗi: " + code, page.Body!.TextContent, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(code, page.QuerySelector(".error-code")?.TextContent.Trim());
        }
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        return page;
    }
}
