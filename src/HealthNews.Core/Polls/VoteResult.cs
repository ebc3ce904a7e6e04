namespace HealthNews.Core.Polls;

/// <summary>How a vote went, and the poll as the voter sees it now (null when there is no such public poll).</summary>
public sealed record VoteResult(VoteOutcome Outcome, PollView? Poll)
{
    /// <summary>Whether the voter has a ballot in this poll: theirs was accepted now or earlier.</summary>
    public bool HasVoted => Outcome.Status is VoteStatus.Accepted or VoteStatus.AlreadyVoted;
}
