using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Articles;

/// <summary>The reader-facing queries over published articles. Every read is a no-tracking projection.</summary>
public sealed class PublishedArticles(HealthNewsDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private IQueryable<Article> Visible => db.Articles.AsNoTracking().WherePublishedAt(Now);

    /// <summary>The published article at <paramref name="slug"/>, or null when there is none or it is not yet public.</summary>
    public async Task<ArticleDetail?> GetPublishedBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var article = await Visible
            .Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Id, a.Title, a.Slug, a.Summary, a.Body, a.AuthorName,
                PublishedAtUtc = a.PublishedAtUtc!.Value, a.UpdatedAtUtc,
                Category = new CategoryItem(a.Category!.Id, a.Category.Name, a.Category.Slug, a.Category.ParentId, a.Category.SortOrder),
                FeaturedImage = a.FeaturedImageId == null ? null
                    : new MediaRef(a.FeaturedImage!.Id, a.FeaturedImage.FileName, a.FeaturedImageAlt ?? a.FeaturedImage.AltText),
                FeaturedImageCaption = a.FeaturedImageCaption ?? (a.FeaturedImageId == null ? null : a.FeaturedImage!.Caption),
                a.SeoDescription,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return null;
        }

        var attachments = await db.ArticleAttachments.AsNoTracking()
            .Where(x => x.ArticleId == article.Id)
            .OrderBy(x => x.SortOrder)
            .Select(x => new AttachmentItem(x.MediaFile!.Id, x.MediaFile.FileName, x.MediaFile.ContentType, x.MediaFile.SizeBytes))
            .ToListAsync(cancellationToken);

        return new ArticleDetail(article.Id, article.Title, article.Slug, article.Summary, article.Body, article.AuthorName,
            article.PublishedAtUtc, article.UpdatedAtUtc, article.Category, article.FeaturedImage, article.FeaturedImageCaption,
            attachments, article.SeoDescription);
    }

    /// <summary>The current slug of the published article that once answered at <paramref name="oldSlug"/>, if any.</summary>
    public Task<string?> FindMovedSlugAsync(string oldSlug, CancellationToken cancellationToken = default) =>
        db.ArticleSlugRedirects.AsNoTracking()
            .Where(r => r.OldSlug == oldSlug)
            .Join(Visible, r => r.ArticleId, a => a.Id, (r, a) => a.Slug)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>When the next scheduled article goes public, if one is waiting: cached pages must not outlive it.</summary>
    public Task<DateTime?> NextScheduledPublishAtAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        return db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAtUtc > now)
            .MinAsync(a => a.PublishedAtUtc, cancellationToken);
    }

    /// <summary>"Xuất bản thông tin": the newest published items across the portal.</summary>
    public Task<List<ArticleListItem>> ListLatestPublishedAsync(int count, CancellationToken cancellationToken = default) =>
        ProjectNewestFirst(Visible).Take(count).ToListAsync(cancellationToken);

    /// <summary>The newest published items in the given categories, for the home page's sections.</summary>
    public Task<List<ArticleListItem>> ListNewestInCategoriesAsync(IReadOnlyCollection<int> categoryIds, int count, CancellationToken cancellationToken = default) =>
        ProjectNewestFirst(Visible.Where(a => categoryIds.Contains(a.CategoryId))).Take(count).ToListAsync(cancellationToken);

    /// <summary>One page of the published items in the given categories, newest first.</summary>
    public async Task<PagedList<ArticleListItem>> ListPublishedByCategoryAsync(
        IReadOnlyCollection<int> categoryIds, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var inCategories = Visible.Where(a => categoryIds.Contains(a.CategoryId));
        var total = await inCategories.CountAsync(cancellationToken);
        var items = await ProjectNewestFirst(inCategories)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<ArticleListItem>(items, page, pageSize, total);
    }

    /// <summary>"Tin liên quan": other published articles of the same category, newest first, never the article itself.</summary>
    public Task<List<ArticleListItem>> ListRelatedAsync(int articleId, int categoryId, int count, CancellationToken cancellationToken = default) =>
        ProjectNewestFirst(Visible.Where(a => a.CategoryId == categoryId && a.Id != articleId))
            .Take(count).ToListAsync(cancellationToken);

    private static IQueryable<ArticleListItem> ProjectNewestFirst(IQueryable<Article> articles) =>
        articles
            .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new ArticleListItem(
                a.Id, a.Title, a.Slug, a.Summary, a.Summary == null ? a.Body : null, a.PublishedAtUtc!.Value,
                a.FeaturedImageId == null ? null
                    : new MediaRef(a.FeaturedImage!.Id, a.FeaturedImage.FileName, a.FeaturedImageAlt ?? a.FeaturedImage.AltText)));
}
