namespace HealthNews.Core.Polls;

public sealed record VoteOutcome(VoteStatus Status, string Message)
{
    public bool Accepted => Status == VoteStatus.Accepted;
}
