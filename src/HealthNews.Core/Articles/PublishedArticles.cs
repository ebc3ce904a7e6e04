using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Articles;

/// <summary>The reader-facing queries over published articles. Every read is a no-tracking projection.</summary>
public sealed partial class PublishedArticles(HealthNewsDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private IQueryable<Article> Visible => db.Articles.AsNoTracking().WherePublishedAt(Now);

    /// <summary>
    /// The published article at <paramref name="slug"/> in the <paramref name="language"/> edition, or null when there is
    /// none or it is not yet public.
    /// </summary>
    public async Task<ArticleDetail?> GetPublishedBySlugAsync(string slug, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default)
    {
        var article = await PublishedBySlug.For(db)(db, slug, language, Now, cancellationToken);
        if (article is null)
        {
            return null;
        }
        // Most articles have no attachments and a body rendered when it was saved: one query then serves the page.
        var attachments = article.HasAttachments ? await AttachmentsOf.For(db)(db, article.Id).ToListAsync(cancellationToken) : [];
        var imageSizes = article.BodyHtml is null ? await db.ImageSizesAsync(article.Body, cancellationToken) : null;
        return new ArticleDetail(article.Id, article.Title, article.Slug, article.Summary, article.Body, article.AuthorName,
            article.PublishedAtUtc, article.UpdatedAtUtc, article.Category, article.FeaturedImage, article.FeaturedImageCaption,
            attachments, article.SeoDescription, imageSizes, article.BodyHtml) { Language = language };
    }

    // The article page's queries are compiled once: on SQLite, building and translating a LINQ query on every request
    // cost several times what running it does (docs/benchmarks.md). They say "visible" with Visibility.IsVisibleAt,
    // which is spliced in before EF compiles them.
    private static readonly CompiledQuery<Func<HealthNewsDbContext, string, string, DateTime, CancellationToken, Task<ArticleRow?>>> PublishedBySlug =
        new(() => EF.CompileAsyncQuery((HealthNewsDbContext db, string slug, string language, DateTime nowUtc, CancellationToken cancellationToken) =>
            db.Articles.AsNoTracking()
                .Where(a => a.Language == language && a.Slug == slug && a.IsVisibleAt(nowUtc))
                .Select(a => new ArticleRow(
                    a.Id, a.Title, a.Slug, a.Summary, a.Body, a.BodyHtml, a.AuthorName, a.PublishedAtUtc!.Value, a.UpdatedAtUtc,
                    new CategoryItem(a.Category!.Id, a.Category.Name, a.Category.Slug, a.Category.ParentId, a.Category.SortOrder)
                        { EnglishName = a.Category.EnglishName, EnglishSlug = a.Category.EnglishSlug },
                    a.FeaturedImageId == null ? null
                        : new MediaRef(a.FeaturedImage!.Id, a.FeaturedImage.FileName, a.FeaturedImageAlt ?? a.FeaturedImage.AltText,
                            a.FeaturedImage.Width, a.FeaturedImage.Height, a.FeaturedImage.Variants),
                    a.FeaturedImageCaption ?? (a.FeaturedImageId == null ? null : a.FeaturedImage!.Caption),
                    a.SeoDescription,
                    a.Attachments.Any()))
                .SingleOrDefault()));

    private static readonly CompiledQuery<Func<HealthNewsDbContext, int, IAsyncEnumerable<AttachmentItem>>> AttachmentsOf =
        new(() => EF.CompileAsyncQuery((HealthNewsDbContext db, int articleId) =>
            db.ArticleAttachments.AsNoTracking()
                .Where(x => x.ArticleId == articleId)
                .OrderBy(x => x.SortOrder)
                .Select(x => new AttachmentItem(x.MediaFile!.Id, x.MediaFile.FileName, x.MediaFile.ContentType, x.MediaFile.SizeBytes))));

    private sealed record ArticleRow(
        int Id, string Title, string Slug, string? Summary, string Body, string? BodyHtml, string AuthorName, DateTime PublishedAtUtc,
        DateTime UpdatedAtUtc, CategoryItem Category, MediaRef? FeaturedImage, string? FeaturedImageCaption, string? SeoDescription,
        bool HasAttachments);

    /// <summary>The current slug of the published article of the edition that once answered at <paramref name="oldSlug"/>, if any.</summary>
    public Task<string?> FindMovedSlugAsync(string oldSlug, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default) =>
        db.ArticleSlugRedirects.AsNoTracking()
            .Where(r => r.OldSlug == oldSlug)
            .Join(Visible.Where(a => a.Language == language), r => r.ArticleId, a => a.Id, (r, a) => a.Slug)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>When the next scheduled article goes public, if one is waiting: cached pages must not outlive it.</summary>
    public Task<DateTime?> NextScheduledPublishAtAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        return db.Articles.AsNoTracking()
            .WhereScheduledAt(now)
            .MinAsync(a => a.PublishedAtUtc, cancellationToken);
    }

    /// <summary>"Xuất bản thông tin": the newest published items of an edition.</summary>
    public Task<List<ArticleLink>> ListLatestPublishedAsync(int count, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default) =>
        Visible.Where(a => a.Language == language).OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
            .Take(count)
            .Select(a => new ArticleLink(a.Id, a.Title, a.Slug, a.PublishedAtUtc!.Value))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The newest published items of each group of categories: each group's ids from its index (compiled queries that
    /// read no rows), then every group's items in one query, so the home page costs one query per section plus one.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<ArticleListItem>>> ListNewestPerGroupAsync(
        IReadOnlyList<IReadOnlyList<int>> categoryGroups, int count, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(categoryGroups);
        var groupIds = new List<List<int>>(categoryGroups.Count);
        foreach (var group in categoryGroups)
        {
            groupIds.Add(await PageIdsAsync(group, language, 0, count, cancellationToken));
        }
        var items = (await ListItemsAsync(groupIds.SelectMany(ids => ids).Distinct().ToList(), cancellationToken)).ToDictionary(a => a.Id);
        // An article purged between the two queries is simply left out.
        return groupIds.Select(ids => (IReadOnlyList<ArticleListItem>)ids.Where(items.ContainsKey).Select(id => items[id]).ToList()).ToList();
    }

    /// <summary>
    /// The home page's lead story: the visible article an editor pinned last, else the newest visible article; null when
    /// nothing is published.
    /// </summary>
    public async Task<ArticleListItem?> GetLeadAsync(string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default)
    {
        var edition = Visible.Where(a => a.Language == language);
        var id = await edition.Where(a => a.PinnedAtUtc != null).OrderByDescending(a => a.PinnedAtUtc).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await edition.OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        return id is { } leadId ? (await ListItemsAsync([leadId], cancellationToken)).FirstOrDefault() : null;
    }

    /// <summary>How many published items of an edition the given categories hold.</summary>
    public Task<int> CountPublishedAsync(IReadOnlyCollection<int> categoryIds, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default)
    {
        var ids = categoryIds.ToList();
        return Visible.Where(a => ids.Contains(a.CategoryId) && a.Language == language).CountAsync(cancellationToken);
    }

    /// <summary>One page of the published items in the given categories, newest first.</summary>
    public async Task<PagedList<ArticleListItem>> ListPublishedByCategoryAsync(
        IReadOnlyCollection<int> categoryIds, int page, int pageSize, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default) =>
        await ListPublishedByCategoryAsync(categoryIds, page, pageSize, await CountPublishedAsync(categoryIds, language, cancellationToken), language, cancellationToken);

    /// <summary>The same, when the number of published items is already known (the portal keeps it in memory).</summary>
    public async Task<PagedList<ArticleListItem>> ListPublishedByCategoryAsync(
        IReadOnlyCollection<int> categoryIds, int page, int pageSize, int totalCount, string language = ContentLanguage.Vietnamese,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        if ((long)(page - 1) * pageSize >= totalCount)
        {
            return new PagedList<ArticleListItem>([], page, pageSize, totalCount);
        }
        // Deep pages: skip over the index alone (ids only), then read the twenty rows, so that page 500 costs
        // about what page 1 does instead of reading every skipped article's body.
        var ids = await PageIdsAsync(categoryIds, language, (page - 1) * pageSize, pageSize, cancellationToken);
        var items = await ListItemsAsync(ids, cancellationToken);
        return new PagedList<ArticleListItem>(items, page, pageSize, totalCount);
    }

    /// <summary>
    /// A category's newest published items, title and date only: "Tin liên quan" is this list without the article itself.
    /// </summary>
    public async Task<List<ArticleLink>> ListNewestInCategoryAsync(int categoryId, int count, string language = ContentLanguage.Vietnamese,
        CancellationToken cancellationToken = default) =>
        await NewestInCategory.For(db)(db, categoryId, language, Now, count).ToListAsync(cancellationToken);

    // Title, slug and date only: they sit at the start of the row, so SQLite reads neither the body nor its overflow pages.
    private static readonly CompiledQuery<Func<HealthNewsDbContext, int, string, DateTime, int, IAsyncEnumerable<ArticleLink>>> NewestInCategory =
        new(() => EF.CompileAsyncQuery((HealthNewsDbContext db, int categoryId, string language, DateTime nowUtc, int count) =>
            db.Articles.AsNoTracking()
                .Where(a => a.CategoryId == categoryId && a.Language == language && a.IsVisibleAt(nowUtc))
                .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
                .Select(a => new ArticleLink(a.Id, a.Title, a.Slug, a.PublishedAtUtc!.Value))
                .Take(count)));

    // The ids of one page of the given categories' published items, newest first, read from the index alone.
    private async Task<List<int>> PageIdsAsync(IReadOnlyCollection<int> categoryIds, string language, int skip, int take, CancellationToken cancellationToken) =>
        await PageIdsInCategories.For(db)(db, categoryIds.ToList(), language, Now, skip, take).ToListAsync(cancellationToken);

    // The listing items of the given articles, newest first.
    private async Task<List<ArticleListItem>> ListItemsAsync(List<int> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : await ListItems.For(db)(db, ids).ToListAsync(cancellationToken);

    // Listing pages are compiled once too. For a single category EF writes "CategoryId = @id", so SQLite walks the
    // (CategoryId, Language, Status, PublishedAtUtc) index in order instead of sorting every article of an IN list.
    private static readonly CompiledQuery<Func<HealthNewsDbContext, List<int>, string, DateTime, int, int, IAsyncEnumerable<int>>> PageIdsInCategories =
        new(() => EF.CompileAsyncQuery((HealthNewsDbContext db, List<int> categoryIds, string language, DateTime nowUtc, int skip, int take) =>
            db.Articles.AsNoTracking()
                .Where(a => categoryIds.Contains(a.CategoryId) && a.Language == language && a.IsVisibleAt(nowUtc))
                .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
                .Skip(skip).Take(take)
                .Select(a => a.Id)));

    private static readonly CompiledQuery<Func<HealthNewsDbContext, List<int>, IAsyncEnumerable<ArticleListItem>>> ListItems =
        new(() => EF.CompileAsyncQuery((HealthNewsDbContext db, List<int> ids) =>
            db.Articles.AsNoTracking()
                .Where(a => ids.Contains(a.Id))
                .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
                .Select(a => new ArticleListItem(
                    a.Id, a.Title, a.Slug, a.Summary, a.Summary == null ? a.Body : null, a.PublishedAtUtc!.Value,
                    a.FeaturedImageId == null ? null
                        : new MediaRef(a.FeaturedImage!.Id, a.FeaturedImage.FileName, a.FeaturedImageAlt ?? a.FeaturedImage.AltText,
                            a.FeaturedImage.Width, a.FeaturedImage.Height, a.FeaturedImage.Variants)))));
}
