using System.Globalization;
using System.Net;
using System.Text;
using HealthNews.Core.Common;
using HealthNews.Testing;
using HealthNews.Web.Tests.Polls;
using HealthNews.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HealthNews.Web.Tests.Limits;

/// <summary>
/// Requests no page of the portal makes (broken UTF-8, absurd lengths and numbers, words where ids go, huge headers,
/// forms with thousands of fields) get 400, 404, 413 or 431 with the Vietnamese error page, never a 500. Sent to real
/// Kestrel, whose own limits are part of the answer.
/// </summary>
public abstract class MalformedRequestTests(KestrelPortal portal)
{
    private const string Listing = "/chuyen-muc/hoat-dong-cua-lanh-dao-bo";

    /// <summary>Addresses a reader might be sent to, and what the portal answers (after its canonical redirects).</summary>
    private static readonly Dictionary<string, (string Address, int Status)> Public = new()
    {
        ["article slug of broken UTF-8"] = ("/tin-tuc/%C3%28", 404),
        ["article slug of bytes that are no UTF-8"] = ("/tin-tuc/%FF%FE%FD", 404),
        ["article slug of 10,000 letters"] = ("/tin-tuc/" + new string('a', 10_000), 404),
        ["listing page -1"] = (Listing + "?page=-1", 404),
        ["listing page 0"] = (Listing + "?page=0", 404),
        ["listing page past int"] = (Listing + "?page=99999999999", 404),
        ["listing page in words"] = (Listing + "?page=hai", 404),
        ["listing slug of broken UTF-8"] = ("/chuyen-muc/%C3%28", 404),
        ["search page -1"] = ("/tim-kiem?q=y+te&page=-1", 404),
        ["search page past int"] = ("/tim-kiem?q=y+te&page=99999999999", 404),
        ["search page in words"] = ("/tim-kiem?q=y+te&page=hai", 404),
        ["poll id in words"] = ("/tham-do-y-kien/mot", 404),
        ["poll id past int"] = ("/tham-do-y-kien/99999999999", 404),
        ["poll id negative"] = ("/tham-do-y-kien/-1", 404),
        ["media id in words"] = ("/media/mot/anh.jpg", 404),
        ["media id past int"] = ("/media/99999999999/anh.jpg", 404),
        ["media name of broken UTF-8"] = ("/media/999999/%C3%28.jpg", 404),
        ["tag slug of broken UTF-8"] = ("/tag/%C3%28", 404),
    };

    /// <summary>Staff addresses with words or absurd numbers where ids go: the admin area's own 404.</summary>
    private static readonly Dictionary<string, (string Method, string Address)> Admin = new()
    {
        ["article edit with a word for an id"] = ("GET", "/admin/bai-viet/mot/sua"),
        ["article edit with an id past int"] = ("GET", "/admin/bai-viet/99999999999/sua"),
        ["article comparison with words for revisions"] = ("GET", "/admin/bai-viet/1/lich-su/so-sanh?tu=mot&den=hai"),
        ["category edit with a word for an id"] = ("GET", "/admin/chuyen-muc/mot/sua"),
        ["poll results with a word for an id"] = ("GET", "/admin/tham-do/mot/ket-qua"),
        ["original file with a word for an id"] = ("GET", "/admin/thu-vien/mot/ban-goc"),
        ["publishing with a word for an id"] = ("POST", "/admin/bai-viet/mot/xuat-ban"),
        ["locking a user nobody is"] = ("POST", "/admin/nguoi-dung/khong-co-ai/khoa"),
    };

    public static TheoryData<string> PublicCases => [.. Public.Keys];

    public static TheoryData<string> AdminCases => [.. Admin.Keys];

    [Theory]
    [MemberData(nameof(PublicCases))]
    public async Task AnAddressThatMakesNoSenseGetsTheVietnameseErrorPage(string name)
    {
        var (address, status) = Public[name];
        using var reader = portal.Client(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });

        using var response = await reader.GetAsync(new Uri(address, UriKind.Relative));

        await ErrorPages.AssertErrorPageAsync(response, status);
    }

    [Theory]
    [MemberData(nameof(AdminCases))]
    public async Task AnAdminAddressWithAWordForAnIdIsTheAdminAreas404(string name)
    {
        var (method, address) = Admin[name];
        using var administrator = await portal.SignInAsync(Roles.Administrator);

        using var response = method == "GET"
            ? await administrator.GetAsync(new Uri(address, UriKind.Relative))
            : await administrator.PostFormAsync(address, []);

        await ErrorPages.AssertErrorPageAsync(response, 404, admin: true);
    }

    [Fact]
    public async Task AHeaderOf64KilobytesIsA431WithThePage()
    {
        using var reader = portal.Client(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", "bloated=" + new string('x', 64 * 1024));

        using var response = await reader.SendAsync(request);

        var page = await ErrorPages.AssertErrorPageAsync(response, 431);
        Assert.Contains("xoá cookie", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVoteOf10000FieldsIsRefusedAsTooLargeAndCountsNothing()
    {
        var poll = await PollPagesTests.CreateFeaturedPollAsync(portal);
        var choice = poll.Options[0].Id.ToString(CultureInfo.InvariantCulture);
        using var reader = portal.Client(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        using var tooMany = await VoteAsync(reader, poll.Id, string.Join('&', Enumerable.Repeat("luaChon=" + choice, 10_000)));
        using var tooManyEmpty = await VoteAsync(reader, poll.Id, string.Join('&', Enumerable.Repeat("a", 2_000)));
        using var chunked = await VoteAsync(reader, poll.Id, string.Join('&', Enumerable.Repeat("luaChon=" + choice, 10_000)), chunked: true);

        await ErrorPages.AssertErrorPageAsync(tooMany, 413); // 100 KB, over a vote's 16 KB: refused from its Content-Length
        await ErrorPages.AssertErrorPageAsync(tooManyEmpty, 400); // 4 KB, but 2,000 fields: more than a form may have
        await ErrorPages.AssertErrorPageAsync(chunked, 413); // no Content-Length: refused while reading
        await portal.WithDbAsync(async db => Assert.Equal(0, await PollBallotsAsync(db, poll.Id)));
        using var vote = await VoteAsync(reader, poll.Id, "luaChon=" + choice);
        Assert.Equal(HttpStatusCode.SeeOther, vote.StatusCode); // the same reader's real vote goes through
        await portal.WithDbAsync(async db => Assert.Equal(1, await PollBallotsAsync(db, poll.Id)));
    }

    [Fact]
    public async Task AnAdminFormOf10000FieldsIsA400InTheAdminLook()
    {
        using var editor = await portal.SignInAsync(Roles.Editor);
        var token = await Staff.TokenAsync(editor, "/admin");
        var fields = "__RequestVerificationToken=" + Uri.EscapeDataString(token) + "&operation=xuat-ban&" + string.Join('&', Enumerable.Repeat("ids=1", 10_000));

        using var response = await editor.PostAsync(new Uri("/admin/bai-viet/hang-loat", UriKind.Relative),
            new StringContent(fields, Encoding.ASCII, "application/x-www-form-urlencoded"));

        await ErrorPages.AssertErrorPageAsync(response, 400, admin: true);
    }

    private static Task<int> PollBallotsAsync(Core.Data.HealthNewsDbContext db, int pollId) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.PollBallots, b => b.PollId == pollId);

    private static async Task<HttpResponseMessage> VoteAsync(HttpClient client, int pollId, string form, bool chunked = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/tham-do-y-kien/{pollId}/bieu-quyet");
        var content = new StringContent(form, Encoding.ASCII, "application/x-www-form-urlencoded");
        request.Content = content;
        if (chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }
        request.Headers.Add("Sec-Fetch-Site", "same-origin"); // as the sidebar's form sends it
        return await client.SendAsync(request);
    }
}

public sealed class MalformedRequestTestsOnSqlite(SqliteKestrelPortal portal) : MalformedRequestTests(portal), IClassFixture<SqliteKestrelPortal>;

public sealed class MalformedRequestTestsOnPostgreSql(PostgreSqlKestrelPortal portal) : MalformedRequestTests(portal), IClassFixture<PostgreSqlKestrelPortal>;

[SqlServerTest]
public sealed class MalformedRequestTestsOnSqlServer(SqlServerKestrelPortal portal) : MalformedRequestTests(portal), IClassFixture<SqlServerKestrelPortal>;
