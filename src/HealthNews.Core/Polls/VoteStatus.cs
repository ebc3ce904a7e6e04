namespace HealthNews.Core.Polls;

public enum VoteStatus
{
    Accepted,
    AlreadyVoted,
    NotOpen,
    Invalid,
    SignInRequired,
    NotFound,
}
