using System.Linq.Expressions;
using HealthNews.Core.Articles;
using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Newsroom;

/// <summary>What the newsroom reads: lists, forms, previews and history. Every read is a no-tracking projection.</summary>
public sealed partial class NewsroomQueries(HealthNewsDbContext db, TimeProvider clock, CategoryDirectory categories)
{
    public const int PageSize = 20;

    /// <summary>The page sizes the article list offers; the first is the default.</summary>
    public static readonly IReadOnlyList<int> PageSizes = [PageSize, 50, 100];

    /// <summary>How many articles each dashboard section lists at most.</summary>
    public const int DashboardCount = 10;
    public const string ScheduledStatus = "Scheduled";

    /// <summary>How many recent articles the form offers to add to "Tin liên quan" without JavaScript.</summary>
    public const int RecentRelatedChoices = 100;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PagedList<AdminArticleRow>> ListAsync(ArticleFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var now = Now;
        var query = db.Articles.AsNoTracking();
        if (filter.Status == ScheduledStatus)
        {
            query = query.WhereScheduledAt(now);
        }
        else if (Enum.TryParse<ArticleStatus>(filter.Status, out var status))
        {
            query = query.Where(a => a.Status == status);
        }
        if (ContentLanguage.IsKnown(filter.Language))
        {
            query = query.Where(a => a.Language == filter.Language);
        }
        if (filter.CategoryId is { } categoryId)
        {
            query = query.Where(a => a.CategoryId == categoryId);
        }
        if (!string.IsNullOrEmpty(filter.AuthorId))
        {
            query = query.Where(a => a.AuthorId == filter.AuthorId);
        }
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            query = query.WhereTextMatches(filter.Query);
        }
        var page = Math.Max(1, filter.Page);
        var pageSize = PageSizes.Contains(filter.PageSize) ? filter.PageSize : PageSize;
        var total = await query.CountAsync(cancellationToken);
        var rows = await Sorted(query, filter.Sort, filter.Descending)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => new AdminArticleRow(a.Id, a.Title, a.Slug, a.Status,
                a.IsScheduledAt(now), a.DraftRevisionId != null,
                a.Category!.Name, a.AuthorName, a.UpdatedAtUtc, a.PublishedAtUtc, a.Language))
            .ToListAsync(cancellationToken);
        return new PagedList<AdminArticleRow>(rows, page, pageSize, total);
    }

    // The list's order; the id breaks ties so that pages never repeat or skip a row. Articles never published come last
    // in either direction of "Xuất bản", on every database.
    private static IOrderedQueryable<Article> Sorted(IQueryable<Article> query, ArticleSort sort, bool descending)
    {
        IOrderedQueryable<Article> By<TKey>(Expression<Func<Article, TKey>> key) =>
            descending ? query.OrderByDescending(key) : query.OrderBy(key);
        IOrderedQueryable<Article> Then<TKey>(IOrderedQueryable<Article> ordered, Expression<Func<Article, TKey>> key) =>
            descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
        var ordered = sort switch
        {
            ArticleSort.Title => By(a => a.Title),
            ArticleSort.Status => By(a => a.Status),
            ArticleSort.Category => By(a => a.Category!.Name),
            ArticleSort.Author => By(a => a.AuthorName),
            ArticleSort.Published => Then(query.OrderBy(a => a.PublishedAtUtc == null), a => a.PublishedAtUtc),
            _ => By(a => a.UpdatedAtUtc),
        };
        return Then(ordered, a => a.Id);
    }

    /// <summary>
    /// The newsroom's part of the dashboard for <paramref name="actor"/>: a writer's own drafts and returned articles, and for
    /// editors the review queue (oldest first), what is scheduled (soonest first) and what was published last.
    /// </summary>
    public async Task<NewsroomDashboard> GetDashboardAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = Now;
        IReadOnlyList<DashboardArticle>? drafts = null, returned = null, queue = null, scheduled = null, recent = null;
        if (actor.IsStaffWriter && actor.UserId is { } userId)
        {
            var mine = db.Articles.AsNoTracking().Where(a => a.AuthorId == userId && a.Status == ArticleStatus.Draft);
            drafts = await mine.Where(a => a.ReturnReason == null).OrderByDescending(a => a.UpdatedAtUtc).ThenByDescending(a => a.Id)
                .Take(DashboardCount)
                .Select(a => new DashboardArticle(a.Id, a.Title, a.AuthorName, a.Category!.Name, a.UpdatedAtUtc, null))
                .ToListAsync(cancellationToken);
            returned = await mine.Where(a => a.ReturnReason != null).OrderByDescending(a => a.ReturnedAtUtc).ThenByDescending(a => a.Id)
                .Take(DashboardCount)
                .Select(a => new DashboardArticle(a.Id, a.Title, a.AuthorName, a.Category!.Name, a.ReturnedAtUtc ?? a.UpdatedAtUtc,
                    new ReturnNote(a.ReturnReason!, a.ReturnedAtUtc ?? a.UpdatedAtUtc, a.ReturnedByName ?? "")))
                .ToListAsync(cancellationToken);
        }
        if (actor.CanPublish)
        {
            queue = await db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.InReview)
                .OrderBy(a => a.SubmittedAtUtc ?? a.UpdatedAtUtc).ThenBy(a => a.Id).Take(DashboardCount)
                .Select(a => new DashboardArticle(a.Id, a.Title, a.AuthorName, a.Category!.Name, a.SubmittedAtUtc ?? a.UpdatedAtUtc, null))
                .ToListAsync(cancellationToken);
            scheduled = await db.Articles.AsNoTracking().WhereScheduledAt(now)
                .OrderBy(a => a.PublishedAtUtc).ThenBy(a => a.Id).Take(DashboardCount)
                .Select(a => new DashboardArticle(a.Id, a.Title, a.AuthorName, a.Category!.Name, a.PublishedAtUtc!.Value, null))
                .ToListAsync(cancellationToken);
            recent = await db.Articles.AsNoTracking().WherePublishedAt(now)
                .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id).Take(DashboardCount)
                .Select(a => new DashboardArticle(a.Id, a.Title, a.AuthorName, a.Category!.Name, a.PublishedAtUtc!.Value, null))
                .ToListAsync(cancellationToken);
        }
        return new NewsroomDashboard(drafts, returned, queue, scheduled, recent);
    }

    /// <summary>The article's workflow as the audit trail holds it, newest first: sent for review, returned with why, published…</summary>
    public async Task<IReadOnlyList<WorkflowEvent>> ListWorkflowAsync(int articleId, CancellationToken cancellationToken = default)
    {
        var id = articleId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == nameof(Article) && e.EntityId == id && e.Action != AuditActions.ArticleSaved)
            .OrderByDescending(e => e.Id).Take(200)
            .Select(e => new WorkflowEvent(e.Action, e.UserName, e.OccurredAtUtc, e.Details))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The form's content: the pending draft of a published article, or the article itself; the language and translation
    /// link are always the article's own (they are not revisioned).
    /// </summary>
    public async Task<ArticleForEdit?> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        var article = await db.Articles.AsNoTracking().Include(a => a.Attachments).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return null;
        }
        ArticleInput content;
        if (article.DraftRevisionId is { } draftId)
        {
            content = ArticleRevisions.ToInput(await db.ArticleRevisions.AsNoTracking().SingleAsync(r => r.Id == draftId, cancellationToken))
                with { Language = article.Language, TranslationOfId = article.TranslationOfId };
        }
        else
        {
            content = new ArticleInput(article.Title, article.Slug, article.Summary, article.Body, article.CategoryId, article.FeaturedImageId,
                article.FeaturedImageAlt, article.FeaturedImageCaption, article.SeoDescription,
                article.Attachments.OrderBy(x => x.SortOrder).Select(x => x.MediaFileId).ToList())
            {
                Tags = await db.ArticleTags.AsNoTracking().Where(t => t.ArticleId == id).OrderBy(t => t.Position)
                    .Select(t => t.Tag!.Name).ToListAsync(cancellationToken),
                RelatedArticleIds = await db.ArticleRelatedPicks.AsNoTracking().Where(p => p.ArticleId == id).OrderBy(p => p.Position)
                    .Select(p => p.RelatedArticleId).ToListAsync(cancellationToken),
                Language = article.Language,
                TranslationOfId = article.TranslationOfId,
            };
        }
        return new ArticleForEdit(article.Id, article.Status, article.IsScheduledAt(Now),
            article.AuthorId, article.AuthorName, article.ConcurrencyStamp, article.PublishedAtUtc, article.DraftRevisionId is not null,
            content, article.Slug, article.IsVisibleAt(Now), article.PinnedAtUtc is not null,
            article.ReturnReason is { } reason ? new ReturnNote(reason, article.ReturnedAtUtc ?? article.UpdatedAtUtc, article.ReturnedByName ?? "") : null)
        {
            Language = article.Language,
            LanguageLocked = ArticleEditions.HasBeenPublic(article),
        };
    }

    /// <summary>The draft as readers would see it, for the preview page.</summary>
    public async Task<ArticlePage?> GetPreviewAsync(int id, CancellationToken cancellationToken = default)
    {
        var edit = await GetForEditAsync(id, cancellationToken);
        return edit is null ? null : await PreviewOfAsync(edit.Content, edit.Id, edit.AuthorName, edit.PublishedAtUtc, edit.LiveSlug, cancellationToken);
    }

    /// <summary>Content as readers would see it, typed but not necessarily saved: the preview page and the editor's live preview.</summary>
    public async Task<ArticlePage> PreviewOfAsync(ArticleInput content, int id, string authorName, DateTime? publishedAtUtc, string? liveSlug,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var all = await categories.ListAllAsync(cancellationToken);
        var category = all.FirstOrDefault(c => c.Id == content.CategoryId) ?? all.First();
        MediaRef? featured = null;
        if (content.FeaturedImageId is { } imageId)
        {
            featured = await db.MediaFiles.AsNoTracking().Where(m => m.Id == imageId)
                .Select(m => new MediaRef(m.Id, m.FileName, content.FeaturedImageAlt ?? m.AltText, m.Width, m.Height, m.Variants)).SingleOrDefaultAsync(cancellationToken);
        }
        var attachmentIds = content.AttachmentIds.ToList();
        var files = await db.MediaFiles.AsNoTracking().Where(m => attachmentIds.Contains(m.Id))
            .Select(m => new AttachmentItem(m.Id, m.FileName, m.ContentType, m.SizeBytes)).ToListAsync(cancellationToken);
        var attachments = attachmentIds.Select(i => files.FirstOrDefault(f => f.Id == i)).OfType<AttachmentItem>().ToList();
        var detail = new ArticleDetail(id, content.Title, content.Slug ?? liveSlug ?? "", content.Summary, content.Body, authorName,
            publishedAtUtc ?? Now, Now, category, featured, content.FeaturedImageCaption, attachments, content.SeoDescription,
            await db.ImageSizesAsync(content.Body, cancellationToken)) { Language = ContentLanguage.OrDefault(content.Language) };
        return new ArticlePage(detail, CategoryDirectory.PathTo(all, category.Id))
        {
            Tags = content.Tags.Select(name => new TagLink(0, name, TagNames.SlugOf(name))).ToList(),
            PreviewRelatedIds = content.RelatedArticleIds,
        };
    }

    public async Task<IReadOnlyList<RevisionRow>> ListRevisionsAsync(int articleId, CancellationToken cancellationToken = default)
    {
        var draftId = await db.Articles.Where(a => a.Id == articleId).Select(a => a.DraftRevisionId).SingleOrDefaultAsync(cancellationToken);
        return await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId)
            .OrderByDescending(r => r.Number)
            .Select(r => new RevisionRow(r.Id, r.Number, r.Note, r.CreatedByName, r.CreatedAtUtc, r.Id == draftId))
            .ToListAsync(cancellationToken);
    }

    public Task<ArticleRevision?> GetRevisionAsync(int articleId, int revisionId, CancellationToken cancellationToken = default) =>
        db.ArticleRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.ArticleId == articleId && r.Id == revisionId, cancellationToken);

    public async Task<NewsroomCounts> CountAsync(string? userId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var byStatus = await db.Articles.AsNoTracking()
            .GroupBy(a => new { a.Status, Scheduled = a.IsScheduledAt(now) })
            .Select(g => new { g.Key.Status, g.Key.Scheduled, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var mine = userId is null ? 0 : await db.Articles.CountAsync(a => a.AuthorId == userId && a.Status == ArticleStatus.Draft, cancellationToken);
        int Sum(ArticleStatus status, bool? scheduled = null) =>
            byStatus.Where(x => x.Status == status && (scheduled is null || x.Scheduled == scheduled)).Sum(x => x.Count);
        return new NewsroomCounts(Sum(ArticleStatus.Draft), Sum(ArticleStatus.InReview), Sum(ArticleStatus.Published, true),
            Sum(ArticleStatus.Published, false), mine);
    }

    /// <summary>Everyone who has written an article, in Vietnamese alphabetical order.</summary>
    public async Task<IReadOnlyList<AuthorOption>> ListAuthorsAsync(CancellationToken cancellationToken = default)
    {
        var authors = await db.Articles.AsNoTracking().Where(a => a.AuthorId != null)
            .Select(a => new { Id = a.AuthorId!, Name = a.AuthorName }).Distinct().ToListAsync(cancellationToken);
        return authors.GroupBy(a => a.Id).Select(g => new AuthorOption(g.Key, g.First().Name))
            .OrderBy(a => a.Name, ProviderNeutral.VietnameseOrder).ToList();
    }
}
