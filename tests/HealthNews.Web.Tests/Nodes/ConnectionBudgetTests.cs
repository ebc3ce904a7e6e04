using System.Net;
using HealthNews.Core.Entities;
using HealthNews.Testing;
using HealthNews.Web.Tests.Polls;
using HealthNews.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace HealthNews.Web.Tests.Nodes;

/// <summary>
/// Issue 16's connection budget (ADR-016): two nodes whose pools together exceed what the PostgreSQL server allows, under a
/// burst of votes and searches, answer each request with its page or with 503 and the Vietnamese error page (Retry-After,
/// no exception text), never 500; and every vote answered as accepted is stored, and no other.
/// </summary>
public sealed class ConnectionBudgetTests(ITestOutputHelper output)
{
    private const int ServerLimit = 20;

    [Fact]
    public async Task NodesWhosePoolsExceedTheServerAnswerSuccessOr503AndLoseNoAcknowledgedVote()
    {
        var server = await PostgresServer.StartDedicatedAsync(maxConnections: ServerLimit);
        try
        {
            var database = await TestDatabase.OnServerAsync(server, "budget");
            await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string>
            {
                ["Database:MaxPoolSize"] = "15", // 2 × 15 > 20
                ["Database:ConnectionTimeoutSeconds"] = "2",
                ["HealthNews:Polls:VotesPerAddressPerWindow"] = "1000000000", // every vote comes from 127.0.0.1
            }, database);
            var poll = await PollPagesTests.CreateFeaturedPollAsync(nodes.A, PollResultsVisibility.Always);
            // Each node says at start-up what the server accepts (20 less 3 reserved) against its pool, and that only one fits.
            Assert.Contains(nodes.A.LogLines(), l => l.Contains("PostgreSQL accepts 17 connections", StringComparison.Ordinal)
                && l.Contains("holds up to 15: 1 node(s) of this size fit", StringComparison.Ordinal));

            // Others use the server too (an operator's psql, a backup, monitoring): all but a few of its slots are taken,
            // and the nodes' idle connections are closed, so that the burst must open new ones.
            NpgsqlConnection.ClearAllPools();
            var held = await HoldConnectionsAsync(database.Settings.ConnectionString, ServerLimit - 4);
            var votes = Enumerable.Range(0, 100).Select(i => VoteAsync(i % 2 == 0 ? nodes.A : nodes.B, poll));
            var searches = Enumerable.Range(0, 40).Select(i => SearchAsync(i % 2 == 0 ? nodes.A : nodes.B, i));
            var voteAnswers = Task.WhenAll(votes);
            var searchAnswers = await Task.WhenAll(searches);
            var answers = await voteAnswers;
            foreach (var connection in held)
            {
                await connection.DisposeAsync();
            }

            Assert.All(answers, a => Assert.True(a.Status is HttpStatusCode.SeeOther or HttpStatusCode.ServiceUnavailable, $"{a.Status}: {a.Body}"));
            Assert.All(searchAnswers, a => Assert.True(a.Status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{a.Status}: {a.Body}"));
            var refused = answers.Concat(searchAnswers).Where(a => a.Status == HttpStatusCode.ServiceUnavailable).ToList();
            output.WriteLine($"votes: {answers.Count(a => a.Status == HttpStatusCode.SeeOther)} accepted, {answers.Count(a => a.Status == HttpStatusCode.ServiceUnavailable)} answered 503; " +
                $"searches: {searchAnswers.Count(a => a.Status == HttpStatusCode.OK)} served, {searchAnswers.Count(a => a.Status == HttpStatusCode.ServiceUnavailable)} answered 503");
            Assert.NotEmpty(refused); // the server was full: the budget path ran
            Assert.All(refused, a =>
            {
                Assert.Equal("5", a.RetryAfter);
                Assert.Contains("Hệ thống đang quá tải", a.Body, StringComparison.Ordinal);
                Assert.DoesNotContain("Exception", a.Body, StringComparison.Ordinal);
                Assert.DoesNotContain("53300", a.Body, StringComparison.Ordinal);
                Assert.DoesNotContain("pool", a.Body, StringComparison.OrdinalIgnoreCase);
            });
            await using var db = database.CreateContext();
            var acknowledged = answers.Count(a => a.Status == HttpStatusCode.SeeOther);
            Assert.Equal(acknowledged, await db.PollBallots.CountAsync(b => b.PollId == poll.Id));

            // With the slots free again, both nodes take votes at once.
            Assert.Equal(HttpStatusCode.SeeOther, (await VoteAsync(nodes.A, poll)).Status);
            Assert.Equal(HttpStatusCode.SeeOther, (await VoteAsync(nodes.B, poll)).Status);
            Assert.Equal(acknowledged + 2, await db.PollBallots.CountAsync(b => b.PollId == poll.Id));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            server.StopAndRemove();
        }
    }

    [Fact]
    public async Task ANodeWhosePoolAloneExceedsTheServerSaysSoAtStartUp()
    {
        var server = await PostgresServer.StartDedicatedAsync(maxConnections: ServerLimit);
        try
        {
            var database = await TestDatabase.OnServerAsync(server, "budget");
            await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string> { ["Database:MaxPoolSize"] = "40" }, database);

            Assert.Contains(nodes.A.LogLines(), l => l.StartsWith("[WRN]", StringComparison.Ordinal)
                && l.Contains("Database:MaxPoolSize 40 is more than the 17 connections PostgreSQL accepts", StringComparison.Ordinal));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            server.StopAndRemove();
        }
    }

    private sealed record Answer(HttpStatusCode Status, string? RetryAfter, string Body);

    private static async Task<List<NpgsqlConnection>> HoldConnectionsAsync(string connectionString, int count)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = "holder" }.ToString();
        var held = new List<NpgsqlConnection>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (held.Count < count)
        {
            var connection = new NpgsqlConnection(unpooled);
            try
            {
                await connection.OpenAsync();
                held.Add(connection);
            }
            catch (PostgresException e) when (e.SqlState == "53300" && DateTime.UtcNow < deadline)
            {
                await connection.DisposeAsync(); // a closed pool connection's server process has not exited yet
                await Task.Delay(50);
            }
        }
        return held;
    }

    private static async Task<Answer> VoteAsync(KestrelPortal node, Poll poll)
    {
        using var voter = node.Anonymous(); // a new visitor each time: a new voter
        using var response = await PollPagesTests.VoteAsync(voter, poll.Id, [poll.Options[0].Id], node.Address.GetLeftPart(UriPartial.Authority));
        return await AnswerAsync(response);
    }

    private static async Task<Answer> SearchAsync(KestrelPortal node, int i)
    {
        using var reader = node.Anonymous();
        using var response = await reader.GetAsync(new Uri($"/tim-kiem?q=tiem+chung+{i}", UriKind.Relative)); // a query of its own: not cached
        return await AnswerAsync(response);
    }

    private static async Task<Answer> AnswerAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Headers.RetryAfter?.ToString(), await response.Content.ReadAsStringAsync());
}
