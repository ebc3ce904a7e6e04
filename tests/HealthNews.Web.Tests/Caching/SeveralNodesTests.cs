using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using HealthNews.Core.Caching;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Core.Polls;
using HealthNews.Testing;
using HealthNews.Web.Tests.Polls;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Caching;

/// <summary>
/// Two nodes on one PostgreSQL database and one Redis server (ADR-015), both started by the test: what one node evicts,
/// the other sees on its very next request, and when Redis goes away readers are still served, from the database.
/// </summary>
public sealed class SeveralNodesTests : IAsyncLifetime
{
    private static readonly Actor Manager = new(null, "Quản lý thăm dò", new HashSet<string> { Roles.PollManager }, null);
    private RedisServer? _redis;
    private TwoNodes? _nodes;

    private TwoNodes Nodes => _nodes!;

    private RedisServer Redis => _redis!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartNewAsync();
        _nodes = await TwoNodes.StartAsync(new Dictionary<string, string>
        {
            ["Redis:Configuration"] = _redis.Configuration,
            ["HealthNews:Polls:VotesPerAddressPerWindow"] = "1000000", // every vote comes from 127.0.0.1
        });
    }

    public async Task DisposeAsync()
    {
        if (_nodes is not null)
        {
            await _nodes.DisposeAsync();
        }
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    [Fact]
    public async Task APublishOnOneNodeShowsOnTheOtherOnItsVeryNextRequest()
    {
        const string Title = "Bộ Y tế khuyến cáo phòng bệnh mùa mưa";
        const string Listing = "/chuyen-muc/tin-tong-hop";
        using var editor = await Nodes.A.SignInAsync(Roles.Editor);
        var id = await WriteAsync(editor, Title);
        using var reader = Nodes.B.Anonymous();
        // B's pages and in-memory lists are cached before the publish, so that a stale one would show.
        foreach (var url in new[] { "/", Listing, "/rss" })
        {
            (await reader.GetAsync(new Uri(url, UriKind.Relative))).Dispose();
            Nodes.B.Commands.Reset();
            var (again, _, html) = await reader.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(0, Nodes.B.Commands.Count); // served from the cache in Redis
            Assert.DoesNotContain(Title, html, StringComparison.Ordinal);
        }

        using var published = await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var (_, home, _) = await reader.GetPageAsync("/");
        var (_, listing, _) = await reader.GetPageAsync(Listing);
        var (_, _, rss) = await reader.GetPageAsync("/rss");
        var (article, page, _) = await reader.GetPageAsync("/tin-tuc/bo-y-te-khuyen-cao-phong-benh-mua-mua");

        Assert.Equal(Title, home.QuerySelector("aside .latest li a")!.TextContent);
        Assert.Contains(Title, listing.QuerySelector(".listing")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Title, rss, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Equal(Title, page.QuerySelector("aside .latest li a")!.TextContent);
    }

    [Fact]
    public async Task APageStoredUnderTheVersionsBeforeAnEvictionIsNotServedAfterIt()
    {
        // The race: B renders from old data while A publishes, and stores that page after A evicted the pages. Such a
        // page sits in Redis under the old versions; here the article is written straight into the database and only the
        // versions are advanced (no page is evicted), so B shows it only if it doesn't look the old page up.
        const string Title = "Tin viết khi trang cũ còn trong bộ nhớ đệm";
        using var reader = Nodes.B.Anonymous();
        (await reader.GetAsync(new Uri("/", UriKind.Relative))).Dispose();
        var categoryId = await CategoryIdAsync();
        await Nodes.A.WithDbAsync(async db =>
        {
            db.Articles.Add(ArticleRows.New(categoryId, "tin-viet-khi-trang-cu-con", ArticleStatus.Published, DateTime.UtcNow.AddMinutes(-1), Title));
            await db.SaveChangesAsync();
        });
        var (_, stillCached, _) = await reader.GetPageAsync("/");

        await Nodes.A.Services.GetRequiredService<ITagVersions>().AdvanceAsync([CacheTags.Articles]);
        var (_, after, _) = await reader.GetPageAsync("/");

        Assert.NotEqual(Title, stillCached.QuerySelector("aside .latest li a")!.TextContent); // the old page, from Redis
        Assert.Equal(Title, after.QuerySelector("aside .latest li a")!.TextContent);
    }

    [Fact]
    public async Task APollClosedOnOneNodeTakesNoMoreVotesOnTheOther()
    {
        var poll = await PollPagesTests.CreateFeaturedPollAsync(Nodes.A, PollResultsVisibility.Always);
        using var first = await VoteAsync(Nodes.B, poll); // B now keeps the poll in memory, open
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);

        await using (var scope = Nodes.A.Services.CreateAsyncScope())
        {
            var closed = await scope.ServiceProvider.GetRequiredService<PollAdmin>().CloseAsync(poll.Id, Manager);
            Assert.True(closed.Succeeded, closed.Message);
        }
        using var second = await VoteAsync(Nodes.B, poll);

        Assert.Equal(1, await BallotsAsync(poll.Id));
    }

    [Fact]
    public async Task ConcurrentVotesSplitAcrossBothNodesAreCountedExactly()
    {
        const int Votes = 200;
        var poll = await PollPagesTests.CreateFeaturedPollAsync(Nodes.A, PollResultsVisibility.Always);
        var pollPage = $"/tham-do-y-kien/{poll.Id}";
        using var readerA = Nodes.A.Anonymous();
        using var readerB = Nodes.B.Anonymous();
        (await readerA.GetAsync(new Uri(pollPage, UriKind.Relative))).Dispose(); // cached with no votes on both nodes
        (await readerB.GetAsync(new Uri(pollPage, UriKind.Relative))).Dispose();

        var answers = await Task.WhenAll(Enumerable.Range(0, Votes).Select(i => Task.Run(async () =>
        {
            using var vote = await VoteAsync(i % 2 == 0 ? Nodes.A : Nodes.B, poll);
            return vote.StatusCode;
        })));
        var (_, onA, _) = await readerA.GetPageAsync(pollPage);
        var (_, onB, _) = await readerB.GetPageAsync(pollPage);

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.SeeOther, status));
        Assert.Equal(Votes, await BallotsAsync(poll.Id));
        Assert.Equal($"Tổng số: {Votes} lượt biểu quyết", onA.QuerySelector(".poll-total")!.TextContent);
        Assert.Equal($"Tổng số: {Votes} lượt biểu quyết", onB.QuerySelector(".poll-total")!.TextContent);
    }

    [Fact]
    public async Task WhenRedisStopsReadersAreServedFromTheDatabaseAndCachingResumesWhenItIsBack()
    {
        const string Article = "/tin-tuc/thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who";
        using var readerA = Nodes.A.Anonymous();
        using var readerB = Nodes.B.Anonymous();
        foreach (var reader in new[] { readerA, readerB })
        {
            (await reader.GetAsync(new Uri("/", UriKind.Relative))).Dispose();
        }

        await Redis.StopAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            foreach (var (reader, url) in new[] { (readerA, "/"), (readerB, "/"), (readerA, Article), (readerB, Article) })
            {
                using var response = await reader.GetAsync(new Uri(url, UriKind.Relative));
                statuses.Add(response.StatusCode);
            }
        }
        var (downStatus, downReport) = await ReadinessAsync(readerA);
        using var editor = await Nodes.A.SignInAsync(Roles.Editor);
        var id = await WriteAsync(editor, "Tin đăng khi Redis ngừng");
        using var published = await editor.PostFormAsync($"/admin/bai-viet/{id}/xuat-ban", []);

        // Each node's Redis client reconnects on its own schedule: wait for both to say so (no polling).
        var restored = new[] { Nodes.A, Nodes.B }.Select(ReconnectedAsync).ToArray();
        await Redis.StartAsync();
        try
        {
            await Task.WhenAll(restored).WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            // not reconnected in time: the readiness assertion below says which node
        }
        var upReports = new[] { (await ReadinessAsync(readerA)).Report, (await ReadinessAsync(readerB)).Report };
        var (_, afterOutage, _) = await readerB.GetPageAsync("/"); // a new epoch: B trusts nothing it kept from before
        (await readerB.GetAsync(new Uri(Article, UriKind.Relative))).Dispose();
        Nodes.B.Commands.Reset();
        using var cached = await readerB.GetAsync(new Uri(Article, UriKind.Relative));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.OK, downStatus);
        Assert.Equal("Degraded", downReport);
        // The publish is committed and answered; the other node sees it within a minute. On failure, the log says why.
        Assert.True(published.StatusCode == HttpStatusCode.Redirect, string.Join('\n', Nodes.A.LogLines().TakeLast(80)));
        Assert.Equal(["Healthy", "Healthy"], upReports);
        Assert.Equal("Tin đăng khi Redis ngừng", afterOutage.QuerySelector("aside .latest li a")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Equal(0, Nodes.B.Commands.Count);
        foreach (var node in new[] { Nodes.A, Nodes.B })
        {
            var log = node.LogLines();
            Assert.Single(log, line => line.Contains("Redis unreachable", StringComparison.Ordinal));
            Assert.Single(log, line => line.Contains("Redis reachable again", StringComparison.Ordinal));
            Assert.DoesNotContain(log, line => line.Contains("Health check redis", StringComparison.Ordinal)); // not once per probe either
        }
    }

    private static async Task<(HttpStatusCode Status, string Report)> ReadinessAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        return (response.StatusCode, (await response.Content.ReadAsStringAsync()).Trim());
    }

    private async Task<int> CategoryIdAsync()
    {
        var categoryId = 0;
        await Nodes.A.WithDbAsync(async db => categoryId = await db.Categories.Where(c => c.Slug == "tin-tong-hop").Select(c => c.Id).SingleAsync());
        return categoryId;
    }

    private async Task<int> WriteAsync(HttpClient editor, string title)
    {
        var categoryId = await CategoryIdAsync();
        using var created = await editor.PostFormAsync("/admin/bai-viet/tao", new()
        {
            ["Title"] = title, ["Body"] = "Nội dung.", ["CategoryId"] = categoryId.ToString(CultureInfo.InvariantCulture),
        });
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[3], CultureInfo.InvariantCulture);
    }

    // A new reader (its own voter cookie) voting from the node's own page.
    private static async Task<HttpResponseMessage> VoteAsync(KestrelPortal node, Poll poll)
    {
        using var voter = node.Anonymous();
        return await PollPagesTests.VoteAsync(voter, poll.Id, [poll.Options.OrderBy(o => o.SortOrder).First().Id], node.Address.GetLeftPart(UriPartial.Authority));
    }

    private async Task<int> BallotsAsync(int pollId)
    {
        var count = 0;
        await Nodes.A.WithDbAsync(async db => count = await db.PollBallots.CountAsync(b => b.PollId == pollId));
        return count;
    }

    // Completes when the node's Redis connection is restored (StackExchange.Redis's own event); subscribe before Redis starts.
    private static Task ReconnectedAsync(KestrelPortal node)
    {
        var redis = node.Services.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>();
        var restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        redis.ConnectionRestored += (_, _) =>
        {
            if (redis.IsConnected)
            {
                restored.TrySetResult();
            }
        };
        return restored.Task;
    }
}
