using HealthNews.Core.Articles;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;

namespace HealthNews.Core.Newsroom;

// What the newsroom's pages read: rows, forms and counts, each a no-tracking projection made by NewsroomQueries.

/// <summary>
/// The admin list's filters, order and page. <see cref="Status"/> also takes "Scheduled": published with a time to come.
/// <see cref="PageSize"/> is one of <see cref="NewsroomQueries.PageSizes"/>; any other is taken as the first.
/// </summary>
public sealed record ArticleFilter(string? Status, int? CategoryId, string? AuthorId, string? Query, int Page = 1,
    ArticleSort Sort = ArticleSort.Updated, bool Descending = true, int PageSize = NewsroomQueries.PageSize)
{
    /// <summary>One edition's articles ("vi" or "en"); any other value, or none, lists both.</summary>
    public string? Language { get; init; }
}

public sealed record AdminArticleRow(
    int Id, string Title, string Slug, ArticleStatus Status, bool IsScheduled, bool HasPendingChanges,
    string CategoryName, string AuthorName, DateTime UpdatedAtUtc, DateTime? PublishedAtUtc, string Language = ContentLanguage.Vietnamese);

/// <summary>An article as the form shows it; <see cref="IsVisible"/>: readers can see its live version now.</summary>
public sealed record ArticleForEdit(
    int Id, ArticleStatus Status, bool IsScheduled, string? AuthorId, string AuthorName, Guid ConcurrencyStamp,
    DateTime? PublishedAtUtc, bool HasPendingChanges, ArticleInput Content, string LiveSlug, bool IsVisible, bool IsPinned = false,
    ReturnNote? Returned = null)
{
    /// <summary>The edition the article belongs to, as saved.</summary>
    public string Language { get; init; } = ContentLanguage.Vietnamese;

    /// <summary>Whether the article has been public (or is scheduled), which fixes its language.</summary>
    public bool LanguageLocked { get; init; }
}

/// <summary>Why, when and by whom an article was sent back to its author ("Trả lại phóng viên").</summary>
public sealed record ReturnNote(string Reason, DateTime ReturnedAtUtc, string ReturnedByName);

/// <summary>An article as a dashboard section lists it; <see cref="AtUtc"/> is the time the section is about.</summary>
public sealed record DashboardArticle(int Id, string Title, string AuthorName, string CategoryName, DateTime AtUtc, ReturnNote? Returned = null);

/// <summary>
/// The newsroom's part of the dashboard, each section null when it doesn't concern the signed-in person: their own drafts
/// and returned articles (writers), the review queue, scheduled and recently published articles (editors).
/// </summary>
public sealed record NewsroomDashboard(
    IReadOnlyList<DashboardArticle>? MyDrafts,
    IReadOnlyList<DashboardArticle>? MyReturned,
    IReadOnlyList<DashboardArticle>? AwaitingReview,
    IReadOnlyList<DashboardArticle>? Scheduled,
    IReadOnlyList<DashboardArticle>? RecentlyPublished);

/// <summary>A step of an article's workflow as the audit trail recorded it (submitted, returned with its reason, published…).</summary>
public sealed record WorkflowEvent(string Action, string UserName, DateTime OccurredAtUtc, string Details);

public sealed record RevisionRow(int Id, int Number, string Note, string CreatedByName, DateTime CreatedAtUtc, bool IsPendingDraft);

public sealed record AuthorOption(string Id, string Name);

public sealed record MediaOption(int Id, string FileName, bool IsImage, string? AltText, string? Caption, string? Variants = null)
{
    public string Url => MediaUrls.For(Id, FileName);

    /// <summary>A small copy for the pickers' thumbnails (the file itself when it has none).</summary>
    public string ThumbnailUrl => ImageVariants.Parse(Variants) is { } v ? v.Url(Id, v.WidthFor(320), ImageVariants.WebP) : Url;
}

/// <summary>What the article form offers: categories in menu order, indented by depth, and recent media.</summary>
public sealed record ArticleFormOptions(IReadOnlyList<(CategoryItem Category, int Depth)> Categories, IReadOnlyList<MediaOption> Media);

public sealed record NewsroomCounts(int Drafts, int InReview, int Scheduled, int Published, int MyDrafts);

/// <summary>Someone else who has an article open in the editor, last heard from at <see cref="SeenAtUtc"/>.</summary>
public sealed record OtherEditor(string Name, DateTime SeenAtUtc);

/// <summary>An article as the "Tin liên quan" picker lists it; <see cref="IsVisible"/>: readers can see it now.</summary>
public sealed record RelatedOption(int Id, string Title, DateTime? PublishedAtUtc, bool IsVisible);

/// <summary>The picker without JavaScript: the picked articles in order, and recent ones to add.</summary>
public sealed record RelatedChoices(IReadOnlyList<RelatedOption> Picked, IReadOnlyList<RelatedOption> Recent);

/// <summary>An article of a translation pair as the form names it: "Bản gốc tiếng Việt: …" or "Bản dịch tiếng Anh: …".</summary>
public sealed record TranslationPartner(int Id, string Title, string Language, bool IsVisible);

/// <summary>
/// The form's translation pair: <see cref="Original"/>, the article this one translates (the form's choice), and
/// <see cref="Translation"/>, the article that translates this one; at most one of them is set in a valid pair.
/// </summary>
public sealed record TranslationPartners(TranslationPartner? Original, TranslationPartner? Translation);
