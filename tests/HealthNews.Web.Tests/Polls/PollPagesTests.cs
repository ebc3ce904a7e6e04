using System.Net;
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
        bool multiple = false)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<PollAdmin>();
        var created = await admin.CreateAsync(new PollInput("Bạn có sẵn sàng tiêm vắc xin cúm mùa năm nay?",
            ["Sẵn sàng", "Còn phân vân", "Không"], multiple, multiple ? 2 : 1, null, null, visibility, false), Manager);
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
        Assert.Equal(html, secondHtml); // no per-visitor state in the page
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task AReaderVotesSeesTheResultsAndARepeatIsRefused()
    {
        var poll = await CreateFeaturedPollAsync(portal);
        using var reader = Visitor();

        using var vote = await VoteAsync(reader, poll.Id, [poll.Options[1].Id]);
        var page = await new HtmlParser().ParseDocumentAsync(await vote.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, vote.StatusCode);
        Assert.Equal("Cảm ơn bạn đã tham gia biểu quyết.", page.QuerySelector(".poll-message")!.TextContent);
        Assert.Equal(["0% (0 phiếu)", "100% (1 phiếu)", "0% (0 phiếu)"], page.QuerySelectorAll(".poll-results .poll-figures").Select(f => f.TextContent));
        Assert.Equal("Tổng số: 1 lượt biểu quyết", page.QuerySelector(".poll-total")!.TextContent);
        Assert.Contains(vote.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hn_voter=", StringComparison.Ordinal)
            && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=lax", StringComparison.OrdinalIgnoreCase));
        Assert.True(vote.Headers.CacheControl!.NoStore);

        using var again = await VoteAsync(reader, poll.Id, [poll.Options[0].Id]);
        var refusal = await new HtmlParser().ParseDocumentAsync(await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Bạn đã biểu quyết", refusal.QuerySelector(".poll-message")!.TextContent, StringComparison.Ordinal);
        await portal.WithDbAsync(async db => Assert.Equal(1, await db.PollBallots.CountAsync(b => b.PollId == poll.Id)));
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

        using var empty = await VoteAsync(client, poll.Id, []);
        await portal.WithDbAsync(async db =>
        {
            var saved = await db.Polls.SingleAsync(p => p.Id == poll.Id);
            saved.Status = PollStatus.Closed;
            await db.SaveChangesAsync();
        });
        using var closed = await VoteAsync(client, poll.Id, [poll.Options[0].Id]);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Vui lòng chọn một phương án", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Contains("Cuộc thăm dò đã kết thúc", await closed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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
            using var client = _portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
            using var response = await PollPagesTests.VoteAsync(client, poll.Id, [poll.Options[0].Id]);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Quá nhiều lượt biểu quyết", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        await _portal.WithDbAsync(async db => Assert.Equal(3, await db.PollBallots.CountAsync(b => b.PollId == poll.Id)));
    }
}

public sealed class PollRateLimitTestsOnSqlite() : PollRateLimitTests(DatabaseOptions.Sqlite);

public sealed class PollRateLimitTestsOnPostgreSql() : PollRateLimitTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class PollRateLimitTestsOnSqlServer() : PollRateLimitTests(DatabaseOptions.SqlServer);
