using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Polls;
using HealthNews.Core.Text;

namespace HealthNews.Web.Areas.Admin.Models;

/// <summary>
/// The dashboard at /admin: the counts, and each section for the people it concerns (null otherwise): a writer's drafts and
/// returned articles, the editors' review queue with its ages, what is scheduled and what went out last, the open polls.
/// </summary>
public sealed record DashboardPage(
    string DisplayName,
    string? MyDraftsUrl,
    NewsroomCounts? Counts,
    IReadOnlyList<DashboardLine>? MyDrafts,
    IReadOnlyList<DashboardLine>? MyReturned,
    IReadOnlyList<DashboardLine>? AwaitingReview,
    IReadOnlyList<DashboardLine>? Scheduled,
    IReadOnlyList<DashboardLine>? RecentlyPublished,
    IReadOnlyList<DashboardPoll>? OpenPolls)
{
    /// <summary>The page from Core's read models, with times in Vietnam time and ages measured at <paramref name="nowUtc"/>.</summary>
    public static DashboardPage From(string displayName, string? userId, NewsroomCounts? counts, NewsroomDashboard newsroom,
        IReadOnlyList<PollView>? openPolls, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(newsroom);
        List<DashboardLine>? Lines(IReadOnlyList<DashboardArticle>? articles, Func<DashboardArticle, string> when) =>
            articles?.Select(a => new DashboardLine(a.Id, a.Title, Urls.Admin.ArticleEdit(a.Id), a.AuthorName, a.CategoryName, when(a),
                a.Returned is { } note ? ReturnLine.From(note) : null)).ToList();
        return new DashboardPage(displayName, Urls.Admin.ArticleList(status: nameof(ArticleStatus.Draft), authorId: userId), counts,
            Lines(newsroom.MyDrafts, a => "Sửa lúc " + VietnamTime.ListingDateLine(a.AtUtc)),
            Lines(newsroom.MyReturned, a => "Trả lại lúc " + VietnamTime.ListingDateLine(a.AtUtc)),
            Lines(newsroom.AwaitingReview, a => VietnamTime.Waiting(nowUtc - a.AtUtc)),
            Lines(newsroom.Scheduled, a => VietnamTime.ListingDateLine(a.AtUtc)),
            Lines(newsroom.RecentlyPublished, a => VietnamTime.ListingDateLine(a.AtUtc)),
            openPolls?.Select(DashboardPoll.From).ToList());
    }
}

/// <summary>An article on the dashboard: its title linked to its form, and the time or age its section is about.</summary>
public sealed record DashboardLine(int Id, string Title, string EditUrl, string AuthorName, string CategoryName, string When, ReturnLine? Returned);

/// <summary>An open poll with its totals as they stand, and when it closes (Vietnam time).</summary>
public sealed record DashboardPoll(int Id, string Question, int Ballots, IReadOnlyList<PollOptionResult> Results, string? ClosesAt, string ResultsUrl)
{
    public static DashboardPoll From(PollView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Poll.Id, view.Poll.Question, view.Ballots, view.Results,
            view.Poll.ClosesAtUtc is { } closes ? VietnamTime.DateAndTime(closes) : null, Urls.Admin.PollResults(view.Poll.Id));
    }
}
