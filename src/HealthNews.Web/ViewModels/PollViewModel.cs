using HealthNews.Core.Entities;
using HealthNews.Core.Polls;
using HealthNews.Core.Text;

namespace HealthNews.Web.ViewModels;

public sealed record PollOptionViewModel(int Id, string Text, int Count, int Percent);

/// <summary>A poll as a page or the sidebar shows it; <see cref="ShowResults"/> follows the poll's visibility rule.</summary>
public sealed record PollViewModel(
    int Id,
    string Question,
    bool AllowMultiple,
    int MaxChoices,
    bool AcceptingVotes,
    bool ShowResults,
    string? ResultsNote,
    int Ballots,
    string? Period,
    IReadOnlyList<PollOptionViewModel> Options)
{
    public string? Message { get; init; }

    public bool MessageIsError { get; init; }

    public string Url => Urls.Poll(Id);

    public string VoteUrl => Urls.PollVote(Id);

    /// <summary>The voting form alone, as the sidebar shows it.</summary>
    public static PollViewModel ForForm(Poll poll, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(poll);
        var options = poll.Options.OrderBy(o => o.SortOrder).Select(o => new PollOptionResult(o.Id, o.Text, 0, 0)).ToList();
        return From(new PollView(poll, AcceptingVotes: true, HasEnded: false, options, 0), clock, hasVoted: false) with { ShowResults = false };
    }

    public static PollViewModel From(PollView view, TimeProvider clock, bool hasVoted)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(clock);
        var poll = view.Poll;
        var visible = PollRules.ResultsVisible(poll, clock.GetUtcNow().UtcDateTime, hasVoted);
        var note = visible ? null : poll.ResultsVisibility == Core.Entities.PollResultsVisibility.AfterClosing
            ? "Kết quả được công bố khi cuộc thăm dò kết thúc."
            : "Kết quả hiện ra sau khi bạn biểu quyết.";
        var period = (poll.OpensAtUtc, poll.ClosesAtUtc) switch
        {
            (null, null) => null,
            ({ } o, null) => "Từ " + VietnamTime.ListingDateLine(o),
            (null, { } c) => "Đến " + VietnamTime.ListingDateLine(c),
            ({ } o, { } c) => $"Từ {VietnamTime.ListingDateLine(o)} đến {VietnamTime.ListingDateLine(c)}",
        };
        return new PollViewModel(poll.Id, poll.Question, poll.AllowMultiple, poll.MaxChoices, view.AcceptingVotes, visible, note,
            view.Ballots, period, view.Results.Select(r => new PollOptionViewModel(r.OptionId, r.Text, r.Count, r.Percent)).ToList());
    }
}
