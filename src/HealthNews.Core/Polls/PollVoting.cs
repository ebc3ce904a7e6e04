using System.Security.Cryptography;
using System.Text;
using HealthNews.Core.Caching;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Polls;

/// <summary>
/// Casts ballots. One ballot per voter per poll is enforced by a unique index, so that concurrent votes from one voter
/// count once and concurrent votes from many voters all count: totals are counted from the ballots themselves. Ballots
/// are written by the <see cref="BallotWriter"/>, many to a transaction; a vote is accepted once its ballot is committed.
/// </summary>
public sealed class PollVoting(HealthNewsDbContext db, TimeProvider clock, PollQueries queries, BallotWriter writer, PublicDataCache cache)
{
    /// <summary>
    /// Casts <paramref name="voter"/>'s ballot and returns how it went with the poll as it stands after it (counts
    /// included). Drafts are not public: voting in one is like voting in a poll that doesn't exist.
    /// </summary>
    public async Task<VoteResult> VoteAsync(int pollId, IReadOnlyCollection<int> optionIds, Voter voter, CancellationToken cancellationToken = default)
    {
        var (outcome, poll) = await CastAsync(pollId, optionIds, voter, cancellationToken);
        return new VoteResult(outcome, poll is null ? null : (await queries.ViewsOfAsync([poll], cancellationToken))[0]);
    }

    /// <summary>The same without the counts after it, for an answer that only says how the vote went; null when there is no such public poll.</summary>
    public async Task<VoteOutcome?> CastVoteAsync(int pollId, IReadOnlyCollection<int> optionIds, Voter voter, CancellationToken cancellationToken = default) =>
        await CastAsync(pollId, optionIds, voter, cancellationToken) is (var outcome, not null) ? outcome : null;

    private async Task<(VoteOutcome Outcome, Poll? Poll)> CastAsync(int pollId, IReadOnlyCollection<int> optionIds, Voter voter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(optionIds);
        ArgumentNullException.ThrowIfNull(voter);
        ArgumentException.ThrowIfNullOrEmpty(voter.Key);
        // The poll as staff last saved it, kept in memory until they change a poll (a hot poll's votes skip this query);
        // whether it takes votes is decided below, by the clock, at each vote.
        var poll = await cache.GetOrLoadAsync(CacheKeys.BallotBox(pollId), CacheTags.Polls, async () =>
            (await db.Polls.AsNoTracking().Include(p => p.Options.OrderBy(o => o.SortOrder))
                .SingleOrDefaultAsync(p => p.Id == pollId && p.Status != PollStatus.Draft, cancellationToken), (DateTime?)null));
        return poll is null
            ? (new(VoteStatus.NotFound, "Không tìm thấy cuộc thăm dò này."), null)
            : (await CastAsync(poll, optionIds, voter, cancellationToken), poll);
    }

    private async Task<VoteOutcome> CastAsync(Poll poll, IReadOnlyCollection<int> optionIds, Voter voter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!PollRules.IsAcceptingVotes(poll, now))
        {
            return new(VoteStatus.NotOpen, PollRules.HasEnded(poll, now)
                ? "Cuộc thăm dò đã kết thúc; không nhận thêm biểu quyết."
                : "Cuộc thăm dò chưa mở; hãy quay lại sau.");
        }
        if (poll.RequireSignIn && !voter.SignedIn)
        {
            return new(VoteStatus.SignInRequired, "Cuộc thăm dò này chỉ dành cho người đã đăng nhập.");
        }
        if (PollRules.CheckChoices(poll, optionIds) is { } problem)
        {
            return new(VoteStatus.Invalid, problem);
        }
        var ballot = new PollBallot { PollId = poll.Id, VoterKey = voter.Key, AddressHash = HashAddress(poll.AddressSalt, voter.IpAddress), CastAtUtc = now };
        foreach (var optionId in optionIds.Distinct())
        {
            ballot.Choices.Add(new PollBallotChoice { OptionId = optionId });
        }
        // The ballot and its choices are committed with the others waiting; the writer evicts the poll's cached pages.
        return await writer.WriteAsync(ballot, cancellationToken) ? new(VoteStatus.Accepted, "Cảm ơn bạn đã biểu quyết.") : AlreadyVoted;
    }

    public Task<bool> HasVotedAsync(int pollId, string voterKey, CancellationToken cancellationToken = default) =>
        db.PollBallots.AsNoTracking().AnyAsync(b => b.PollId == pollId && b.VoterKey == voterKey, cancellationToken);

    private static readonly VoteOutcome AlreadyVoted = new(VoteStatus.AlreadyVoted, "Bạn đã biểu quyết trong cuộc thăm dò này; mỗi người chỉ được biểu quyết một lần.");

    /// <summary>The address as stored: a salted SHA-256, never the address itself.</summary>
    public static string HashAddress(string salt, string? ipAddress) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + "|" + (ipAddress ?? ""))));
}
