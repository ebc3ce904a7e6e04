using HealthNews.Core.Audit;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Text;

namespace HealthNews.Web.Areas.Admin.Models;

public sealed record HistoryPage(int ArticleId, string Title, IReadOnlyList<RevisionLine> Revisions, IReadOnlyList<WorkflowLine> Workflow);

/// <summary>A step of the article's workflow from the audit trail, in words: "Trả lại phóng viên — Lý do: …".</summary>
public sealed record WorkflowLine(string Action, string UserName, string OccurredAt, string Details)
{
    /// <summary>The line for <paramref name="e"/>; details that only repeat the article's <paramref name="title"/> are left out.</summary>
    public static WorkflowLine From(WorkflowEvent e, string title)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(AuditActionNames.For(e.Action), e.UserName, VietnamTime.ListingDateLine(e.OccurredAtUtc), e.Details == title ? "" : e.Details);
    }
}

/// <summary>A saved version as the history lists it, saved at <see cref="CreatedAt"/> (Vietnam time).</summary>
public sealed record RevisionLine(int Id, int Number, string Note, string CreatedByName, string CreatedAt, bool IsPendingDraft)
{
    public static RevisionLine From(RevisionRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.Number, row.Note, row.CreatedByName, VietnamTime.ListingDateLine(row.CreatedAtUtc), row.IsPendingDraft);
    }
}

public sealed record ComparePage(int ArticleId, RevisionHeading From, RevisionHeading To,
    IReadOnlyList<DiffLine> Title, IReadOnlyList<DiffLine> Summary, IReadOnlyList<DiffLine> Body);

/// <summary>Which version one side of a comparison is: its number, note, author and time (Vietnam time).</summary>
public sealed record RevisionHeading(int Number, string Note, string CreatedByName, string CreatedAt)
{
    public static RevisionHeading From(ArticleRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return new(revision.Number, revision.Note, revision.CreatedByName, VietnamTime.ListingDateLine(revision.CreatedAtUtc));
    }
}
