using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Polls;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace HealthNews.Core.Tests.Polls;

public abstract class PollVotingTests(string provider) : DatabaseTest(provider)
{
    private static readonly Actor Manager = new("pm", "Quản lý thăm dò", new HashSet<string> { Roles.PollManager }, "10.0.0.9");

    private async Task<Poll> OpenPollAsync(bool multiple = false, int max = 1)
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var admin = new PollAdmin(db, new AuditLog(db, TimeProvider.System), TimeProvider.System, new RecordingCache());
        var created = await admin.CreateAsync(new PollInput("Bạn có hài lòng với dịch vụ y tế cơ sở?", ["Rất hài lòng", "Hài lòng", "Chưa hài lòng"],
            multiple, max, null, null, PollResultsVisibility.AfterVoting, false), Manager);
        Assert.True(created.Succeeded, created.Message);
        Assert.True((await admin.OpenAsync(created.Id, Manager)).Succeeded);
        return await db.Polls.AsNoTracking().Include(p => p.Options).SingleAsync(p => p.Id == created.Id);
    }

    private readonly List<BallotWriter> _writers = [];

    // The portal's one writer, or a second one standing for another web server on the same database.
    private BallotWriter Writer(int node = 0)
    {
        lock (_writers)
        {
            while (_writers.Count <= node)
            {
                _writers.Add(new BallotWriter(() => Database.CreateContext(), new RecordingCache(), NullLogger<BallotWriter>.Instance));
            }
            return _writers[node];
        }
    }

    public override async Task DisposeAsync()
    {
        foreach (var writer in _writers)
        {
            await writer.DisposeAsync();
        }
        await base.DisposeAsync();
    }

    private async Task<VoteOutcome> VoteAsync(int pollId, string voter, params int[] options) =>
        (await CastAsync(pollId, new Voter(voter, SignedIn: false, "203.0.113.7"), options)).Outcome;

    private Task<VoteResult> CastAsync(int pollId, Voter voter, params int[] options) => CastOnAsync(0, pollId, voter, options);

    private async Task<VoteResult> CastOnAsync(int node, int pollId, Voter voter, params int[] options)
    {
        await using var db = Database.CreateContext();
        var cache = TestServices.DataCache();
        var voting = new PollVoting(db, TimeProvider.System, new PollQueries(db, TimeProvider.System, cache), Writer(node), cache);
        return await voting.VoteAsync(pollId, options, voter);
    }

    private async Task<(int Ballots, Dictionary<int, int> Counts)> TallyAsync(int pollId)
    {
        await using var db = Database.CreateContext();
        var view = (await new PollQueries(db, TimeProvider.System, TestServices.DataCache()).GetAsync(pollId))!;
        return (view.Ballots, view.Results.ToDictionary(r => r.OptionId, r => r.Count));
    }

    [Fact]
    public async Task AVoteCountsOnceAndASecondFromTheSameVoterIsRefused()
    {
        var poll = await OpenPollAsync();
        var first = poll.Options[0].Id;

        var accepted = await VoteAsync(poll.Id, "c:aaaa", first);
        var again = await VoteAsync(poll.Id, "c:aaaa", poll.Options[1].Id);

        Assert.Equal(VoteStatus.Accepted, accepted.Status);
        Assert.Equal(VoteStatus.AlreadyVoted, again.Status);
        Assert.Equal("Bạn đã biểu quyết trong cuộc thăm dò này; mỗi người chỉ được biểu quyết một lần.", again.Message);
        var (ballots, counts) = await TallyAsync(poll.Id);
        Assert.Equal(1, ballots);
        Assert.Equal(1, counts[first]);
    }

    [Fact]
    public async Task OnlyASaltedHashOfTheAddressIsStored()
    {
        var poll = await OpenPollAsync();
        await VoteAsync(poll.Id, "c:bbbb", poll.Options[0].Id);

        await using var db = Database.CreateContext();
        var ballot = await db.PollBallots.SingleAsync();
        Assert.Equal(64, ballot.AddressHash.Length);
        Assert.DoesNotContain("203.0.113.7", ballot.AddressHash, StringComparison.Ordinal);
        Assert.Equal(PollVoting.HashAddress(poll.AddressSalt, "203.0.113.7"), ballot.AddressHash);
        Assert.NotEqual(PollVoting.HashAddress("another-poll-salt", "203.0.113.7"), ballot.AddressHash);
    }

    [Fact]
    public async Task EmptyInvalidAndTooManyChoicesAndClosedPollsChangeNothing()
    {
        var poll = await OpenPollAsync(multiple: true, max: 2);
        var ids = poll.Options.Select(o => o.Id).ToArray();

        Assert.Equal(VoteStatus.Invalid, (await VoteAsync(poll.Id, "c:1")).Status);
        Assert.Equal(VoteStatus.Invalid, (await VoteAsync(poll.Id, "c:2", 12345)).Status);
        Assert.Equal(VoteStatus.Invalid, (await VoteAsync(poll.Id, "c:3", ids)).Status);
        await using (var db = Database.CreateContext())
        {
            await new PollAdmin(db, new AuditLog(db, TimeProvider.System), TimeProvider.System, new RecordingCache()).CloseAsync(poll.Id, Manager);
        }
        var closed = await VoteAsync(poll.Id, "c:4", ids[0]);

        Assert.Equal(VoteStatus.NotOpen, closed.Status);
        Assert.Equal("Cuộc thăm dò đã kết thúc; không nhận thêm biểu quyết.", closed.Message);
        Assert.Equal(0, (await TallyAsync(poll.Id)).Ballots);
    }

    [Fact]
    public async Task FiveHundredConcurrentVotersGiveTotalsEqualToTheAcceptedVotes()
    {
        var poll = await OpenPollAsync(multiple: true, max: 2);
        var ids = poll.Options.Select(o => o.Id).ToArray();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 500).Select(i =>
            Task.Run(() => VoteAsync(poll.Id, $"c:voter-{i}", i % 3 == 0 ? [ids[0], ids[2]] : [ids[i % 3]]))));

        Assert.All(outcomes, o => Assert.Equal(VoteStatus.Accepted, o.Status));
        var (ballots, counts) = await TallyAsync(poll.Id);
        Assert.Equal(500, ballots);
        Assert.Equal(167, counts[ids[0]]); // i % 3 == 0: 0, 3, …, 498
        Assert.Equal(167, counts[ids[1]]); // i % 3 == 1
        Assert.Equal(166 + 167, counts[ids[2]]); // i % 3 == 2, plus the double choices
    }

    [Fact]
    public async Task AHundredConcurrentVotesFromOneVoterCountOnce()
    {
        var poll = await OpenPollAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            Task.Run(() => VoteAsync(poll.Id, "c:the-same-voter", poll.Options[i % 3].Id))));

        Assert.Single(outcomes, o => o.Status == VoteStatus.Accepted);
        Assert.Equal(99, outcomes.Count(o => o.Status == VoteStatus.AlreadyVoted));
        var (ballots, counts) = await TallyAsync(poll.Id);
        Assert.Equal(1, ballots);
        Assert.Equal(1, counts.Values.Sum());
    }

    [Fact]
    public async Task TwoWritersLikeTwoWebServersStillCountEachVoterOnce()
    {
        var poll = await OpenPollAsync();
        var voters = Enumerable.Range(0, 40).Select(i => $"c:hai-may-{i % 20}").ToList(); // 20 voters, each twice

        var outcomes = await Task.WhenAll(voters.Select((voter, i) =>
            Task.Run(async () => (await CastOnAsync(i % 2, poll.Id, new Voter(voter, false, "203.0.113.7"), poll.Options[0].Id)).Outcome)));

        Assert.Equal(20, outcomes.Count(o => o.Status == VoteStatus.Accepted));
        Assert.Equal(20, outcomes.Count(o => o.Status == VoteStatus.AlreadyVoted));
        Assert.Equal(20, (await TallyAsync(poll.Id)).Ballots);
    }

    [Fact]
    public async Task OptionsCannotChangeOnceTheFirstVoteIsIn()
    {
        var poll = await OpenPollAsync();
        await using var db = Database.CreateContext();
        var admin = new PollAdmin(db, new AuditLog(db, TimeProvider.System), TimeProvider.System, new RecordingCache());
        var input = new PollInput("Câu hỏi đã sửa", ["Một", "Hai"], false, 1, null, null, PollResultsVisibility.Always, false);

        var beforeVotes = await admin.UpdateAsync(poll.Id, input, Manager);
        await VoteAsync(poll.Id, "c:x", (await db.PollOptions.FirstAsync(o => o.PollId == poll.Id)).Id);
        var afterVotes = await admin.UpdateAsync(poll.Id, input with { Options = ["Một", "Hai", "Ba"] }, Manager);
        var questionOnly = await admin.UpdateAsync(poll.Id, input with { Question = "Câu hỏi sửa lần nữa" }, Manager);

        Assert.True(beforeVotes.Succeeded, beforeVotes.Message);
        Assert.Equal(CommandStatus.Invalid, afterVotes.Status);
        Assert.True(questionOnly.Succeeded, questionOnly.Message);
        Assert.Equal(["Một", "Hai"], await db.PollOptions.Where(o => o.PollId == poll.Id).OrderBy(o => o.SortOrder).Select(o => o.Text).ToListAsync());
        Assert.Equal(
            [AuditActions.PollCreated, AuditActions.PollOpened, AuditActions.PollUpdated, AuditActions.PollUpdated],
            await db.AuditEvents.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
    }

    [Fact]
    public async Task TheCsvOpensInExcelWithVietnameseIntact()
    {
        var poll = await OpenPollAsync();
        await VoteAsync(poll.Id, "c:csv", poll.Options[2].Id);
        await using var db = Database.CreateContext();

        var csv = (await new PollQueries(db, TimeProvider.System, TestServices.DataCache()).ExportCsvAsync(poll.Id))!;

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var text = System.Text.Encoding.UTF8.GetString(csv[3..]);
        Assert.Contains("\"Chưa hài lòng\",1,100", text, StringComparison.Ordinal);
        Assert.Contains("Tổng số lượt biểu quyết,1", text, StringComparison.Ordinal);
    }
    [Fact]
    public async Task AVoteAnswersWithThePollAsTheVoterNowSeesItTheirBallotCounted()
    {
        var poll = await OpenPollAsync();
        await VoteAsync(poll.Id, "c:someone-else", poll.Options[0].Id);

        var result = await CastAsync(poll.Id, Voter.Visitor("0123456789abcdef0123456789abcdef", "203.0.113.8"), poll.Options[2].Id);
        var again = await CastAsync(poll.Id, Voter.Visitor("0123456789abcdef0123456789abcdef", "203.0.113.8"), poll.Options[1].Id);

        Assert.Equal((VoteStatus.Accepted, true), (result.Outcome.Status, result.HasVoted));
        Assert.Equal(2, result.Poll!.Ballots);
        Assert.Equal([1, 0, 1], result.Poll.Results.Select(r => r.Count));
        Assert.Equal((VoteStatus.AlreadyVoted, true, 2), (again.Outcome.Status, again.HasVoted, again.Poll!.Ballots));
    }

    [Fact]
    public async Task VotingInADraftIsLikeVotingInAPollThatDoesNotExist()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var admin = new PollAdmin(db, new AuditLog(db, TimeProvider.System), TimeProvider.System, new RecordingCache());
        var draft = await admin.CreateAsync(new PollInput("Bản nháp?", ["Có", "Không"], false, 1, null, null, PollResultsVisibility.Always, false), Manager);
        var optionId = (await db.PollOptions.FirstAsync(o => o.PollId == draft.Id)).Id;

        var result = await CastAsync(draft.Id, Voter.Visitor("0123456789abcdef0123456789abcdef", null), optionId);
        var unknown = await CastAsync(draft.Id + 1000, Voter.Visitor("0123456789abcdef0123456789abcdef", null), optionId);

        Assert.Equal((VoteStatus.NotFound, (PollView?)null), (result.Outcome.Status, result.Poll));
        Assert.Equal((VoteStatus.NotFound, (PollView?)null), (unknown.Outcome.Status, unknown.Poll));
        Assert.Equal(0, await db.PollBallots.CountAsync());
    }

    [Fact]
    public void AVotersKeyTellsASignedInUserFromAVisitorsCookie()
    {
        Assert.Equal(("u:user-7", true), (Voter.User("user-7", null).Key, Voter.User("user-7", null).SignedIn));
        Assert.Equal(("c:0123456789abcdef0123456789abcdef", false),
            (Voter.Visitor("0123456789abcdef0123456789abcdef", null).Key, Voter.Visitor("0123456789abcdef0123456789abcdef", null).SignedIn));
    }
}

public sealed class PollVotingTestsOnSqlite() : PollVotingTests(DatabaseOptions.Sqlite);

public sealed class PollVotingTestsOnPostgreSql() : PollVotingTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class PollVotingTestsOnSqlServer() : PollVotingTests(DatabaseOptions.SqlServer);
