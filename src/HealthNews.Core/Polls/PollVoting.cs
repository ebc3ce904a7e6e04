using System.Security.Cryptography;
using System.Text;
using HealthNews.Core.Caching;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Polls;

/// <summary>
/// Casts ballots. One ballot per voter per poll is enforced by a unique index, so that concurrent votes from one voter
/// count once and concurrent votes from many voters all count: totals are counted from the ballots themselves.
/// </summary>
public sealed class PollVoting(HealthNewsDbContext db, TimeProvider clock, IPublicCache cache, PollQueries queries)
{
    /// <summary>
    /// Casts <paramref name="voter"/>'s ballot and returns how it went with the poll as it stands after it (counts
    /// included). Drafts are not public: voting in one is like voting in a poll that doesn't exist.
    /// </summary>
    public async Task<VoteResult> VoteAsync(int pollId, IReadOnlyCollection<int> optionIds, Voter voter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(optionIds);
        ArgumentNullException.ThrowIfNull(voter);
        ArgumentException.ThrowIfNullOrEmpty(voter.Key);
        var poll = await db.Polls.AsNoTracking().Include(p => p.Options.OrderBy(o => o.SortOrder))
            .SingleOrDefaultAsync(p => p.Id == pollId && p.Status != PollStatus.Draft, cancellationToken);
        if (poll is null)
        {
            return new VoteResult(new(VoteStatus.NotFound, "Không tìm thấy cuộc thăm dò này."), null);
        }
        var outcome = await CastAsync(poll, optionIds, voter, cancellationToken);
        return new VoteResult(outcome, (await queries.ViewsOfAsync([poll], cancellationToken))[0]);
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
        if (await HasVotedAsync(poll.Id, voter.Key, cancellationToken))
        {
            return AlreadyVoted;
        }

        var ballot = new PollBallot { PollId = poll.Id, VoterKey = voter.Key, AddressHash = HashAddress(poll.AddressSalt, voter.IpAddress), CastAtUtc = now };
        foreach (var optionId in optionIds.Distinct())
        {
            ballot.Choices.Add(new PollBallotChoice { OptionId = optionId });
        }
        db.PollBallots.Add(ballot);
        try
        {
            await db.SaveChangesAsync(cancellationToken); // the ballot and its choices, in one transaction
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await HasVotedAsync(poll.Id, voter.Key, cancellationToken))
            {
                return AlreadyVoted; // the same voter's other request won the race; the unique index refused this one
            }
            throw;
        }
        // The poll's page and the archive show counts; the sidebar form does not change with a vote.
        await cache.EvictAsync([CacheTags.Poll(poll.Id), CacheTags.PollArchive], cancellationToken);
        return new(VoteStatus.Accepted, "Cảm ơn bạn đã biểu quyết.");
    }

    public Task<bool> HasVotedAsync(int pollId, string voterKey, CancellationToken cancellationToken = default) =>
        db.PollBallots.AsNoTracking().AnyAsync(b => b.PollId == pollId && b.VoterKey == voterKey, cancellationToken);

    private static readonly VoteOutcome AlreadyVoted = new(VoteStatus.AlreadyVoted, "Bạn đã biểu quyết trong cuộc thăm dò này; mỗi người chỉ được biểu quyết một lần.");

    /// <summary>The address as stored: a salted SHA-256, never the address itself.</summary>
    public static string HashAddress(string salt, string? ipAddress) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + "|" + (ipAddress ?? ""))));
}
