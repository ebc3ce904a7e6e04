using HealthNews.Core.Common;
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
    bool RequireSignIn)
{
    /// <summary>The edition whose pages list the poll (<see cref="ContentLanguage"/>); each edition features its own poll.</summary>
    public string Language { get; init; } = ContentLanguage.Vietnamese;
}
