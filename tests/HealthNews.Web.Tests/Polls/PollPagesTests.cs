using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Polls;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Polls;

public abstract class PollPagesTests(PortalFactory portal)
{
    private static readonly Actor Manager = new(null, "Quản lý thăm dò", new HashSet<string> { Roles.PollManager }, null);

    public static async Task<Poll> CreateFeaturedPollAsync(PortalFactory portal, PollResultsVisibility visibility = PollResultsVisibility.AfterVoting,
        bool multiple = false, DateTime? closesAtUtc = null)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<PollAdmin>();
        var created = await admin.CreateAsync(new PollInput("Bạn có sẵn sàng tiêm vắc xin cúm mùa năm nay?",
            ["Sẵn sàng", "Còn phân vân", "Không"], multiple, multiple ? 2 : 1, null, closesAtUtc, visibility, false), Manager);
        await admin.OpenAsync(created.Id, Manager);
        var featured = await admin.FeatureAsync(created.Id, Manager);
        Assert.True(featured.Succeeded, featured.Message);
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.HealthNewsDbContext>();
        return await db.Polls.AsNoTracking().Include(p => p.Options).SingleAsync(p => p.Id == created.Id);
    }

    private HttpClient Visitor() => portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A vote as the sidebar form sends it, from this site unless <paramref name="origin"/> says otherwise.</summary>
    public static Task<HttpResponseMessage> VoteAsync(HttpClient client, int pollId, IEnumerable<int> options, string? origin = "http://localhost")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/tham-do-y-kien/{pollId}/bieu-quyet")
        {
            Content = new FormUrlEncodedContent(options.Select(o => new KeyValuePair<string, string>("luaChon", o.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }
        return client.SendAsync(request);
    }

    /// <summary>A vote from this site, then the GET of the page it redirects to, as a browser follows it.</summary>
    private static async Task<(HttpResponseMessage Vote, HttpResponseMessage Page, IHtmlDocument Document)> VoteAndFollowAsync(HttpClient client, int pollId,
        IEnumerable<int> options)
    {
        var vote = await VoteAsync(client, pollId, options);
        Assert.Equal(HttpStatusCode.SeeOther, vote.StatusCode);
        var (page, document, _) = await client.GetPageAsync(vote.Headers.Location!.OriginalString);
        return (vote, page, document);
    }

    private const string Question = "Bạn có sẵn sàng tiêm vắc xin cúm mùa năm nay?";

    [Fact]
    public async Task TheSidebarShowsTheFeaturedPollAsTheSameFormForEveryone()
    {
        var poll = await CreateFeaturedPollAsync(portal);
        using var first = Visitor();
        using var second = Visitor();
        (await VoteAsync(second, poll.Id, [poll.Options[0].Id])).Dispose(); // the second visitor has voted and holds a cookie

        var (response, page, html) = await first.GetPageAsync("/");
        var (_, _, secondHtml) = await second.GetPageAsync("/");

        var block = page.QuerySelector("aside .poll")!;
        Assert.Equal("Thăm dò ý kiến", block.QuerySelector("h2")!.TextContent);
        var form = block.QuerySelector("form")!;
        Assert.Equal($"/tham-do-y-kien/{poll.Id}/bieu-quyet", form.GetAttribute("action"));
        Assert.Equal("Bạn có sẵn sàng tiêm vắc xin cúm mùa năm nay?", form.QuerySelector("fieldset legend")!.TextContent);
        Assert.Equal(3, form.QuerySelectorAll("input[type=radio][name=luaChon]").Length);
        Assert.Equal("Biểu quyết", form.QuerySelector("button")!.TextContent);
        Assert.Equal("Xem kết quả", form.QuerySelector("a")!.TextContent);
        Assert.Equal($"/tham-do-y-kien/{poll.Id}#ket-qua", form.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(html, secondHtml); // no per-visitor state in the page
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task AVoteRedirectsToThePollsPageWhichThanksTheReaderOnceAndARepeatIsRefused()
    {
        var poll = await CreateFeaturedPollAsync(portal);
        using var reader = Visitor();

        var (vote, answer, page) = await VoteAndFollowAsync(reader, poll.Id, [poll.Options[1].Id]);
        var (_, _, refreshed) = await reader.GetPageAsync($"/tham-do-y-kien/{poll.Id}");

        Assert.Equal($"/tham-do-y-kien/{poll.Id}", vote.Headers.Location!.OriginalString);
        Assert.True(vote.Headers.CacheControl!.NoStore);
        var cookies = vote.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("hn_voter=", StringComparison.Ordinal)
            && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=lax", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(cookies, c => c.StartsWith("hn_poll_msg=", StringComparison.Ordinal) && c.Contains($"path=/tham-do-y-kien/{poll.Id};", StringComparison.OrdinalIgnoreCase)
            && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("max-age=120", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True(answer.Headers.CacheControl!.NoStore);
        Assert.Equal("Cảm ơn bạn đã biểu quyết.", page.QuerySelector(".poll-message.ok")!.TextContent);
        Assert.Equal(["0% (0 phiếu)", "100% (1 phiếu)", "0% (0 phiếu)"], page.QuerySelectorAll(".poll-page .poll-results .poll-figures").Select(f => f.TextContent));
        Assert.Equal("Tổng số: 1 lượt biểu quyết", page.QuerySelector(".poll-total")!.TextContent);
        Assert.Null(page.QuerySelector(".poll-page form")); // no form to vote again beside the thanks
        Assert.Contains(answer.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hn_poll_msg=;", StringComparison.Ordinal)
            && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("poll-message", refreshed, StringComparison.Ordinal); // said once, then gone

        var (again, _, refusal) = await VoteAndFollowAsync(reader, poll.Id, [poll.Options[0].Id]);
        Assert.Equal($"/tham-do-y-kien/{poll.Id}", again.Headers.Location!.OriginalString);
        Assert.Contains("Bạn đã biểu quyết trong cuộc thăm dò này", refusal.QuerySelector(".poll-message.error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tổng số: 1 lượt biểu quyết", refusal.QuerySelector(".poll-total")!.TextContent);
        await portal.WithDbAsync(async db => Assert.Equal(1, await db.PollBallots.CountAsync(b => b.PollId == poll.Id)));
    }

    [Fact]
    public async Task ASecondReaderNeverSeesTheFirstReadersMessage()
    {
        var poll = await CreateFeaturedPollAsync(portal, PollResultsVisibility.Always);
        using var first = Visitor();
        using var second = Visitor();
        (await second.GetAsync(new Uri($"/tham-do-y-kien/{poll.Id}", UriKind.Relative))).Dispose(); // the page is in the cache

        using var vote = await VoteAsync(first, poll.Id, [poll.Options[0].Id]);
        var (_, secondBefore, _) = await second.GetPageAsync($"/tham-do-y-kien/{poll.Id}"); // rendered afresh after the vote, and cached
        var (firstAnswer, firstPage, _) = await first.GetPageAsync(vote.Headers.Location!.OriginalString);
        var (_, secondAfter, _) = await second.GetPageAsync($"/tham-do-y-kien/{poll.Id}");
        var (_, stranger, _) = await portal.CreateClient().GetPageAsync($"/tham-do-y-kien/{poll.Id}");

        Assert.Equal("Cảm ơn bạn đã biểu quyết.", firstPage.QuerySelector(".poll-message")!.TextContent); // not the cached page
        Assert.True(firstAnswer.Headers.CacheControl!.NoStore);
        foreach (var other in new[] { secondBefore, secondAfter, stranger })
        {
            Assert.Null(other.QuerySelector(".poll-message"));
            Assert.Equal("Tổng số: 1 lượt biểu quyết", other.QuerySelector(".poll-total")!.TextContent);
            Assert.NotNull(other.QuerySelector(".poll-page form")); // the page for everyone still offers the form
        }
    }

    [Fact]
    public async Task AForgedStaleOrOtherPollsMessageIsIgnored()
    {
        var poll = await CreateFeaturedPollAsync(portal);
        var other = await CreateFeaturedPollAsync(portal);
        using var reader = Visitor();
        using var vote = await VoteAsync(reader, poll.Id, [poll.Options[0].Id]);
        var kept = vote.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hn_poll_msg=", StringComparison.Ordinal)).Split(';')[0];

        async Task<IHtmlDocument> PageWithCookieAsync(int pollId, string cookie)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/tham-do-y-kien/{pollId}");
            request.Headers.Add("Cookie", cookie);
            using var response = await portal.CreateClient().SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        }

        Assert.Null((await PageWithCookieAsync(poll.Id, "hn_poll_msg=gia-mao")).QuerySelector(".poll-message"));
        Assert.Null((await PageWithCookieAsync(other.Id, kept)).QuerySelector(".poll-message"));
        Assert.NotNull((await PageWithCookieAsync(poll.Id, kept)).QuerySelector(".poll-message"));
        portal.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Null((await PageWithCookieAsync(poll.Id, kept)).QuerySelector(".poll-message"));
    }

    [Fact]
    public async Task ThePollsPageAsksTheQuestionOnceAndItsSidebarDoesNotOfferTheSameForm()
    {
        var poll = await CreateFeaturedPollAsync(portal);

        var (_, page, _) = await portal.CreateClient().GetPageAsync($"/tham-do-y-kien/{poll.Id}");
        var (_, home, _) = await portal.CreateClient().GetPageAsync("/");

        Assert.Single(page.Body!.QuerySelectorAll("*"), e => e.ChildElementCount == 0 && e.TextContent.Trim() == Question);
        Assert.Equal(Question, page.QuerySelector(".poll-page h2")!.TextContent);
        var form = page.QuerySelector(".poll-page form")!;
        Assert.Null(form.QuerySelector("legend"));
        Assert.Equal("cau-hoi", form.QuerySelector("fieldset")!.GetAttribute("aria-labelledby"));
        Assert.Equal(3, form.QuerySelectorAll("input[type=radio][name=luaChon]").Length);
        Assert.Null(page.QuerySelector("aside .poll form"));
        Assert.Equal("/tham-do-y-kien", page.QuerySelector("aside .poll a")!.GetAttribute("href"));
        Assert.Equal($"/tham-do-y-kien/{poll.Id}/bieu-quyet", home.QuerySelector("aside .poll form")!.GetAttribute("action")); // other pages offer it
    }

    [Fact]
    public async Task SeeResultsLeadsToTheResultsWhenTheyArePublic()
    {
        var poll = await CreateFeaturedPollAsync(portal, PollResultsVisibility.Always);
        (await VoteAsync(Visitor(), poll.Id, [poll.Options[2].Id])).Dispose();

        var (_, home, _) = await portal.CreateClient().GetPageAsync("/");
        var link = home.QuerySelectorAll("aside .poll form a").Single(a => a.TextContent == "Xem kết quả").GetAttribute("href")!;
        var (_, page, _) = await portal.CreateClient().GetPageAsync(link);

        Assert.Equal($"/tham-do-y-kien/{poll.Id}#ket-qua", link);
        Assert.Equal("100% (1 phiếu)", page.QuerySelectorAll("#ket-qua .poll-results .poll-figures")[2].TextContent);
    }

    [Fact]
    public async Task SeeResultsSaysWhenTheResultsWillBePublicInVietnamTime()
    {
        var closes = portal.Clock.GetUtcNow().UtcDateTime.Date.AddDays(10).AddHours(10); // 17:00 in Hà Nội
        var poll = await CreateFeaturedPollAsync(portal, PollResultsVisibility.AfterClosing, closesAtUtc: closes);
        (await VoteAsync(Visitor(), poll.Id, [poll.Options[0].Id])).Dispose();

        var (_, home, _) = await portal.CreateClient().GetPageAsync("/");
        var link = home.QuerySelectorAll("aside .poll form a").Single(a => a.TextContent == "Xem kết quả").GetAttribute("href")!;
        var (_, page, _) = await portal.CreateClient().GetPageAsync(link);

        var results = page.QuerySelector("#ket-qua")!;
        Assert.Null(results.QuerySelector(".poll-results"));
        Assert.Equal($"Kết quả sẽ được công bố khi cuộc thăm dò kết thúc (ngày {closes.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)} 17:00).", results.TextContent.Trim());
    }

    [Theory]
    [InlineData("https://trang-gia-mao.example")]
    [InlineData(null)]
    public async Task AVoteFromAnotherSiteOrWithoutOriginIsRefused(string? origin)
    {
        var poll = await CreateFeaturedPollAsync(portal);
        using var client = Visitor();

        using var vote = await VoteAsync(client, poll.Id, [poll.Options[0].Id], origin);

        Assert.Equal(HttpStatusCode.Forbidden, vote.StatusCode);
        Assert.Contains("chỉ được gửi từ trang của Cổng thông tin", await vote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await portal.WithDbAsync(async db => Assert.Equal(0, await db.PollBallots.CountAsync(b => b.PollId == poll.Id)));
    }

    [Fact]
    public async Task AnEmptyChoiceAndAClosedPollGetClearMessages()
    {
        var poll = await CreateFeaturedPollAsync(portal);
        using var client = Visitor();

        var (_, emptyAnswer, empty) = await VoteAndFollowAsync(client, poll.Id, []); // the poll, as votes check it, is now in memory
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<PollAdmin>().CloseAsync(poll.Id, Actor.System("kiểm thử"))).Succeeded);
        }
        var (_, closedAnswer, closed) = await VoteAndFollowAsync(client, poll.Id, [poll.Options[0].Id]);

        Assert.Equal(HttpStatusCode.OK, emptyAnswer.StatusCode);
        Assert.Equal("Vui lòng chọn một phương án trước khi biểu quyết.", empty.QuerySelector(".poll-message.error[role=alert]")!.TextContent);
        Assert.NotNull(empty.QuerySelector(".poll-page form")); // the reader may choose and vote again
        Assert.Equal(HttpStatusCode.OK, closedAnswer.StatusCode);
        Assert.Equal("Cuộc thăm dò đã kết thúc; không nhận thêm biểu quyết.", closed.QuerySelector(".poll-message.error")!.TextContent);
        Assert.Null(closed.QuerySelector(".poll-page form"));
        await portal.WithDbAsync(async db => Assert.Equal(0, await db.PollBallots.CountAsync(b => b.PollId == poll.Id)));
    }

    [Fact]
    public async Task TheArchiveListsPollsWithTheirResults()
    {
        var poll = await CreateFeaturedPollAsync(portal, PollResultsVisibility.Always);
        using var reader = Visitor();
        (await VoteAsync(reader, poll.Id, [poll.Options[0].Id])).Dispose();

        var (response, page, _) = await portal.CreateClient().GetPageAsync("/tham-do-y-kien");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = page.QuerySelectorAll(".poll-archive-item").First(i => i.QuerySelector("h2 a")!.GetAttribute("href") == $"/tham-do-y-kien/{poll.Id}");
        Assert.Equal("100% (1 phiếu)", item.QuerySelector(".poll-figures")!.TextContent);
    }

    [Fact]
    public async Task StaffSeeTheChartAndDownloadTheCsv()
    {
        var poll = await CreateFeaturedPollAsync(portal);
        (await VoteAsync(Visitor(), poll.Id, [poll.Options[2].Id])).Dispose();
        using var manager = await portal.SignInAsync(Roles.PollManager);

        var (results, page, _) = await manager.GetPageAsync($"/admin/tham-do/{poll.Id}/ket-qua");
        using var csv = await manager.GetAsync(new Uri($"/admin/tham-do/{poll.Id}/ket-qua.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, results.StatusCode);
        Assert.Single(page.QuerySelectorAll("svg.chart rect.bar"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("\"Không\",1,100", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}

public sealed class PollPagesTestsOnSqlite(SqlitePortal portal) : PollPagesTests(portal), IClassFixture<SqlitePortal>;

public sealed class PollPagesTestsOnPostgreSql(PostgreSqlPortal portal) : PollPagesTests(portal), IClassFixture<PostgreSqlPortal>;

[SqlServerTest]
public sealed class PollPagesTestsOnSqlServer(SqlServerPortal portal) : PollPagesTests(portal), IClassFixture<SqlServerPortal>;

/// <summary>A portal with a small vote limit per address, to see the limiter refuse the next vote.</summary>
public abstract class PollRateLimitTests(string provider) : IAsyncLifetime
{
    private readonly PortalFactory _portal = new(provider);

    public Task InitializeAsync()
    {
        _portal.Settings["HealthNews:Polls:VotesPerAddressPerWindow"] = "3";
        return ((IAsyncLifetime)_portal).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)_portal).DisposeAsync();

    [Fact]
    public async Task OneAddressCanSendOnlySoManyVotesToAPoll()
    {
        var poll = await PollPagesTests.CreateFeaturedPollAsync(_portal);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            // A new cookie each time: ballot stuffing by clearing cookies, from one address.
            using var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
            using var response = await PollPagesTests.VoteAsync(client, poll.Id, [poll.Options[0].Id]);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Quá nhiều lượt biểu quyết", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.TooManyRequests], statuses);
        await _portal.WithDbAsync(async db => Assert.Equal(3, await db.PollBallots.CountAsync(b => b.PollId == poll.Id)));
    }
}

public sealed class PollRateLimitTestsOnSqlite() : PollRateLimitTests(DatabaseOptions.Sqlite);

public sealed class PollRateLimitTestsOnPostgreSql() : PollRateLimitTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class PollRateLimitTestsOnSqlServer() : PollRateLimitTests(DatabaseOptions.SqlServer);
