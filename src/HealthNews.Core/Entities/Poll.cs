namespace HealthNews.Core.Entities;

public enum PollStatus
{
    Draft,
    Open,
    Closed,
    Archived,
}

public enum PollResultsVisibility
{
    Always,
    AfterVoting,
    AfterClosing,
}

/// <summary>A "Thăm dò ý kiến" question with its options. Counts come from the ballots, never from a stored number.</summary>
public class Poll
{
    public int Id { get; set; }
    public required string Question { get; set; }
    public bool AllowMultiple { get; set; }
    public int MaxChoices { get; set; } = 1;
    public DateTime? OpensAtUtc { get; set; }
    public DateTime? ClosesAtUtc { get; set; }
    public PollResultsVisibility ResultsVisibility { get; set; } = PollResultsVisibility.AfterVoting;
    public bool RequireSignIn { get; set; }
    public PollStatus Status { get; set; } = PollStatus.Draft;

    /// <summary>The edition whose pages list the poll: "vi" or "en" (<see cref="Common.ContentLanguage"/>).</summary>
    public string Language { get; set; } = Common.ContentLanguage.Vietnamese;

    /// <summary>The poll the sidebar shows; at most one per edition is featured.</summary>
    public bool IsFeatured { get; set; }

    /// <summary>Random, per poll: voters' addresses are stored only as salted hashes that can't be matched across polls.</summary>
    public string AddressSalt { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public List<PollOption> Options { get; } = [];
}

public class PollOption
{
    public int Id { get; set; }
    public int PollId { get; set; }
    public required string Text { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>One voter's ballot in one poll; a unique index on (PollId, VoterKey) makes a second one impossible.</summary>
public class PollBallot
{
    public long Id { get; set; }
    public int PollId { get; set; }

    /// <summary>"u:" and the user id for a signed-in voter, or "c:" and the random token of their voter cookie.</summary>
    public required string VoterKey { get; set; }
    public string AddressHash { get; set; } = "";
    public DateTime CastAtUtc { get; set; }
    public List<PollBallotChoice> Choices { get; } = [];
}

public class PollBallotChoice
{
    public long BallotId { get; set; }
    public int OptionId { get; set; }
}
