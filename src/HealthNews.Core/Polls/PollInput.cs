using HealthNews.Core.Entities;

namespace HealthNews.Core.Polls;

public sealed record PollInput(
    string Question,
    IReadOnlyList<string> Options,
    bool AllowMultiple,
    int MaxChoices,
    DateTime? OpensAtUtc,
    DateTime? ClosesAtUtc,
    PollResultsVisibility ResultsVisibility,
    bool RequireSignIn);
