namespace HealthNews.Core.Polls;

/// <summary>
/// Who votes: a signed-in user ("u:" and the user's id) or an anonymous visitor ("c:" and the random token of the
/// visitor's cookie). <see cref="Key"/> is what the unique index on ballots holds: one ballot per key per poll.
/// </summary>
public sealed record Voter(string Key, bool SignedIn, string? IpAddress)
{
    public static Voter User(string userId, string? ipAddress) => new("u:" + userId, true, ipAddress);

    public static Voter Visitor(string cookieToken, string? ipAddress) => new("c:" + cookieToken, false, ipAddress);
}
