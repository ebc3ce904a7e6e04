namespace HealthNews.Web.Voting;

/// <summary>Poll settings, bound from "HealthNews:Polls".</summary>
public sealed class PollOptions
{
    public const string SectionName = "HealthNews:Polls";

    /// <summary>How many votes one address may send to one poll per window (a household or office shares an address).</summary>
    public int VotesPerAddressPerWindow { get; set; } = 10;

    public int WindowMinutes { get; set; } = 60;
}
