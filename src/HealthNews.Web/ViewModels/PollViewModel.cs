using HealthNews.Core.Entities;
using HealthNews.Core.Polls;
using HealthNews.Core.Text;
using Microsoft.Extensions.Localization;

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

    /// <summary>Whether the reader is known to hold a ballot: said only by the page just after their vote.</summary>
    public bool HasVoted { get; init; }

    /// <summary>The poll's page offers its form while it takes votes, unless the reader has just voted.</summary>
    public bool OffersForm => AcceptingVotes && !HasVoted;

    /// <summary>
    /// The id of a heading above the form that already shows the question (the poll's page): the form then names its
    /// choices by it instead of repeating the question, and leaves out "Xem kết quả", which would lead to the same page.
    /// </summary>
    public string? QuestionHeadingId { get; init; }

    public string Url => Urls.Poll(Id);

    /// <summary>Where "Xem kết quả" leads: the poll page's results, or the line that says when they will be public.</summary>
    public string ResultsUrl => Urls.PollResults(Id);

    /// <summary>The key under which the poll's page tells the layout which poll it shows, so that the sidebar doesn't repeat it.</summary>
    public const string OnPageKey = "PollOnPage";

    public string VoteUrl => Urls.PollVote(Id);

    /// <summary>The voting form alone, as the sidebar shows it, in the edition's words (<paramref name="text"/>).</summary>
    /// <param name="poll">The featured poll.</param>
    /// <param name="clock">The portal's clock.</param>
    /// <param name="text">The current edition's words.</param>
    public static PollViewModel ForForm(Poll poll, TimeProvider clock, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(poll);
        var options = poll.Options.OrderBy(o => o.SortOrder).Select(o => new PollOptionResult(o.Id, o.Text, 0, 0)).ToList();
        return From(new PollView(poll, AcceptingVotes: true, HasEnded: false, options, 0), clock, hasVoted: false, text) with { ShowResults = false };
    }

    /// <summary>A poll's page or archive entry, in the edition's words (<paramref name="text"/>).</summary>
    /// <param name="view">The poll with its results.</param>
    /// <param name="clock">The portal's clock.</param>
    /// <param name="hasVoted">Whether the reader is known to have voted.</param>
    /// <param name="text">The current edition's words.</param>
    public static PollViewModel From(PollView view, TimeProvider clock, bool hasVoted, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(text);
        var poll = view.Poll;
        var language = Edition.Current.Language;
        var visible = PollRules.ResultsVisible(poll, clock.GetUtcNow().UtcDateTime, hasVoted);
        var when = poll.ClosesAtUtc is { } closes ? text[" (ngày {0})", VietnamTime.DateAndTime(closes)].Value : "";
        var note = visible ? null : poll.ResultsVisibility == PollResultsVisibility.AfterClosing
            ? text["Kết quả sẽ được công bố khi cuộc thăm dò kết thúc{0}.", when].Value
            : text["Kết quả hiện ra ngay sau khi bạn biểu quyết, và được công bố cho mọi người khi cuộc thăm dò kết thúc{0}.", when].Value;
        var period = (poll.OpensAtUtc, poll.ClosesAtUtc) switch
        {
            (null, null) => null,
            ({ } o, null) => text["Từ {0}", VietnamTime.ListingDateLine(o, language)].Value,
            (null, { } c) => text["Đến {0}", VietnamTime.ListingDateLine(c, language)].Value,
            ({ } o, { } c) => text["Từ {0} đến {1}", VietnamTime.ListingDateLine(o, language), VietnamTime.ListingDateLine(c, language)].Value,
        };
        return new PollViewModel(poll.Id, poll.Question, poll.AllowMultiple, poll.MaxChoices, view.AcceptingVotes, visible, note,
            view.Ballots, period, view.Results.Select(r => new PollOptionViewModel(r.OptionId, r.Text, r.Count, r.Percent)).ToList());
    }
}

/// <summary>The sidebar's poll block: the featured poll's form, unless the page itself is that poll's (<paramref name="OnThisPage"/>).</summary>
public sealed record ActivePollViewModel(PollViewModel? Poll, bool OnThisPage);
