using HealthNews.Core.Articles;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;

namespace HealthNews.Core.Newsroom;

// What the newsroom's pages read: rows, forms and counts, each a no-tracking projection made by NewsroomQueries.

/// <summary>The admin list's filters. <see cref="Status"/> also takes "Scheduled": published with a time to come.</summary>
public sealed record ArticleFilter(string? Status, int? CategoryId, string? AuthorId, string? Query, int Page = 1);

public sealed record AdminArticleRow(
    int Id, string Title, string Slug, ArticleStatus Status, bool IsScheduled, bool HasPendingChanges,
    string CategoryName, string AuthorName, DateTime UpdatedAtUtc, DateTime? PublishedAtUtc);

/// <summary>An article as the form shows it; <see cref="IsVisible"/>: readers can see its live version now.</summary>
public sealed record ArticleForEdit(
    int Id, ArticleStatus Status, bool IsScheduled, string? AuthorId, string AuthorName, Guid ConcurrencyStamp,
    DateTime? PublishedAtUtc, bool HasPendingChanges, ArticleInput Content, string LiveSlug, bool IsVisible, bool IsPinned = false);

public sealed record RevisionRow(int Id, int Number, string Note, string CreatedByName, DateTime CreatedAtUtc, bool IsPendingDraft);

public sealed record AuthorOption(string Id, string Name);

public sealed record MediaOption(int Id, string FileName, bool IsImage, string? AltText, string? Caption)
{
    public string Url => MediaUrls.For(Id, FileName);
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
