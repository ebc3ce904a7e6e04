using System.Net;
using AngleSharp.Dom;
using HealthNews.Core.Configuration;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;

namespace HealthNews.Web.Tests.Pages;

/// <summary>The footer a government portal must carry, from HealthNews:Footer, on every page including the error pages.</summary>
public abstract class FooterTests(string provider) : IAsyncLifetime
{
    private readonly PortalFactory _portal = new(provider);

    public Task InitializeAsync()
    {
        _portal.Settings["HealthNews:Footer:Phone"] = "(024) 1234 5678";
        _portal.Settings["HealthNews:Footer:Email"] = "lienhe@example.vn";
        _portal.Settings["HealthNews:Footer:Licence"] = "Giấy phép số 00/GP-TTĐT (kiểm thử)";
        // PortalName, AgencyName and Address keep their defaults; Responsible stays unset.
        return ((IAsyncLifetime)_portal).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_portal).DisposeAsync();

    private static Dictionary<string, IElement> LinesByLabel(IElement footer) =>
        footer.QuerySelectorAll("address p").Where(p => p.QuerySelector(".footer-label") is not null)
            .ToDictionary(p => p.QuerySelector(".footer-label")!.TextContent.TrimEnd(':'), p => p);

    [Fact]
    public async Task TheFooterNamesTheAgencyItsContactsLicenceAndWhoIsResponsible()
    {
        var (_, page, _) = await _portal.CreateClient().GetPageAsync("/");

        var footer = page.QuerySelector("footer.site-footer")!;
        Assert.Equal("Cổng Thông tin điện tử Bộ Y tế", footer.QuerySelector(".footer-name strong")!.TextContent);
        var lines = LinesByLabel(footer);
        Assert.Equal("Bộ Y tế", lines["Cơ quan chủ quản"].QuerySelector(".footer-value")!.TextContent);
        Assert.Equal("138A Giảng Võ, Ba Đình, Hà Nội", lines["Địa chỉ"].QuerySelector(".footer-value")!.TextContent);
        var phone = lines["Điện thoại"].QuerySelector("a.footer-value")!;
        Assert.Equal(("(024) 1234 5678", "tel:02412345678"), (phone.TextContent, phone.GetAttribute("href")));
        var email = lines["Email"].QuerySelector("a.footer-value")!;
        Assert.Equal(("lienhe@example.vn", "mailto:lienhe@example.vn"), (email.TextContent, email.GetAttribute("href")));
        Assert.Contains(footer.QuerySelectorAll("address p .footer-value"), v => v.TextContent == "Giấy phép số 00/GP-TTĐT (kiểm thử)");
        Assert.DoesNotContain("Giấy phép", lines.Keys); // the licence words itself
    }

    [Fact]
    public async Task AnUnsetDetailIsMarkedAsNotConfigured()
    {
        var (_, page, _) = await _portal.CreateClient().GetPageAsync("/");

        var lines = LinesByLabel(page.QuerySelector("footer.site-footer")!);
        var responsible = lines["Chịu trách nhiệm chính"];
        Assert.Equal(FooterOptions.NotConfigured, responsible.QuerySelector(".footer-value")!.TextContent);
        Assert.Contains("not-configured", responsible.ClassList);
        Assert.DoesNotContain(lines.Values.Where(l => l != responsible), l => l.ClassList.Contains("not-configured"));
    }

    [Theory]
    [InlineData("/loi/500", HttpStatusCode.InternalServerError)] // the error layout, which touches no database
    [InlineData("/khong-co-trang-nay", HttpStatusCode.NotFound)]
    [InlineData("/tham-do-y-kien", HttpStatusCode.OK)]
    public async Task EveryPageCarriesTheSameFooter(string address, HttpStatusCode status)
    {
        var (_, home, _) = await _portal.CreateClient().GetPageAsync("/");

        var (response, page, _) = await _portal.CreateClient().GetPageAsync(address);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(home.QuerySelector("footer.site-footer")!.OuterHtml, page.QuerySelector("footer.site-footer")!.OuterHtml);
    }
}

public sealed class FooterTestsOnSqlite() : FooterTests(DatabaseOptions.Sqlite);

public sealed class FooterTestsOnPostgreSql() : FooterTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class FooterTestsOnSqlServer() : FooterTests(DatabaseOptions.SqlServer);
