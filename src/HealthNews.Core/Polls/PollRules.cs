using HealthNews.Core.Entities;

namespace HealthNews.Core.Polls;

/// <summary>The rules of a poll, free of any database: when it takes votes, which choices are valid, how results round.</summary>
public static class PollRules
{
    public const int MinOptions = 2;
    public const int MaxOptions = 20;

    public static bool IsAcceptingVotes(Poll poll, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return poll.Status == PollStatus.Open
            && (poll.OpensAtUtc is null || poll.OpensAtUtc <= nowUtc)
            && (poll.ClosesAtUtc is null || nowUtc < poll.ClosesAtUtc);
    }

    public static bool HasEnded(Poll poll, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return poll.Status is PollStatus.Closed or PollStatus.Archived || (poll.ClosesAtUtc is { } closes && nowUtc >= closes);
    }

    /// <summary>Whether results may be shown: always, to someone who has just voted, or once the poll has ended.</summary>
    public static bool ResultsVisible(Poll poll, DateTime nowUtc, bool hasVoted)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return poll.ResultsVisibility switch
        {
            PollResultsVisibility.Always => true,
            PollResultsVisibility.AfterVoting => hasVoted || HasEnded(poll, nowUtc),
            _ => HasEnded(poll, nowUtc),
        };
    }

    /// <summary>Null when the choices are a valid ballot; otherwise what is wrong, in Vietnamese.</summary>
    public static string? CheckChoices(Poll poll, IReadOnlyCollection<int> optionIds)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(optionIds);
        var chosen = optionIds.Distinct().ToList();
        if (chosen.Count == 0)
        {
            return "Vui lòng chọn một phương án trước khi biểu quyết.";
        }
        if (chosen.Any(id => poll.Options.All(o => o.Id != id)))
        {
            return "Phương án bạn chọn không thuộc cuộc thăm dò này.";
        }
        if (!poll.AllowMultiple && chosen.Count > 1)
        {
            return "Cuộc thăm dò này chỉ cho chọn một phương án.";
        }
        if (poll.AllowMultiple && chosen.Count > poll.MaxChoices)
        {
            return $"Bạn chỉ được chọn tối đa {poll.MaxChoices} phương án.";
        }
        return null;
    }

    /// <summary>
    /// Whole percentages that add up to exactly 100 (largest remainder: floor each share, then give the missing points to
    /// the largest remainders, earlier options first on ties). All zero when nobody has chosen anything.
    /// </summary>
    public static IReadOnlyList<int> Percentages(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var total = counts.Sum();
        if (total == 0)
        {
            return counts.Select(_ => 0).ToList();
        }
        var floors = counts.Select(c => c * 100 / total).ToArray();
        var missing = 100 - floors.Sum();
        var byRemainder = counts.Select((c, i) => (Index: i, Remainder: c * 100 % total))
            .OrderByDescending(x => x.Remainder).ThenBy(x => x.Index).Take(missing);
        foreach (var (index, _) in byRemainder)
        {
            floors[index]++;
        }
        return floors;
    }
}
