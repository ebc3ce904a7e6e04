using HealthNews.Core.Entities;

namespace HealthNews.Core.Polls;

// What poll pages read, made by PollQueries.

public sealed record PollOptionResult(int OptionId, string Text, int Count, int Percent);

public sealed record PollView(Poll Poll, bool AcceptingVotes, bool HasEnded, IReadOnlyList<PollOptionResult> Results, int Ballots);

public sealed record VotesOnDay(DateOnly Day, int Ballots);
