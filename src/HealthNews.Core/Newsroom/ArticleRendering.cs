using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Markdown;
using HealthNews.Core.Media;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Newsroom;

/// <summary>
/// The columns derived from an article's content, computed by whoever writes articles (the publishing service, the
/// sample content, the generator) before saving: the body rendered to safe HTML with its images' sizes, so that readers
/// never parse Markdown; the folded search key; and the folded title, summary and body that the full-text indexes read
/// (ADR-010). <see cref="RerenderAllAsync"/> brings stored rows up to date after a change to the renderer (the
/// <c>rerender-articles</c> command, and at start-up for rows that have no search text yet).
/// </summary>
public sealed class ArticleRendering(HealthNewsDbContext db, IMarkdownRenderer markdown)
{
    private const int BatchSize = 500;

    /// <summary>Sets the derived columns of <paramref name="article"/> from its current content (one query when its body shows stored images).</summary>
    public async Task RenderAsync(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        Render(article, await db.ImageSizesAsync(article.Body, cancellationToken));
    }

    /// <summary>The same, with the sizes of the images its body shows already known (for writers that add many articles).</summary>
    public void Render(Article article, IReadOnlyDictionary<int, StoredImage> imageSizes)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(imageSizes);
        article.BodyHtml = markdown.ToHtml(article.Body, imageSizes.ImageLookup());
        article.SearchKey = ProviderNeutral.SearchKey(article.Title + " " + article.Summary);
        article.SearchTitle = ProviderNeutral.SearchText(article.Title, FieldLimits.Article.Title);
        article.SearchSummary = ProviderNeutral.SearchText(article.Summary, FieldLimits.Article.Summary);
        article.SearchBody = ProviderNeutral.SearchText(markdown.ToPlainText(article.Body));
    }

    /// <summary>
    /// Renders every stored article again and writes the rows whose HTML or search key changed, a batch at a time, each
    /// batch in its own transaction. Safe to run again (a second run changes nothing) and while the portal runs: it
    /// writes only the derived columns, so an editor's open form stays valid, and only where the row is still as it was
    /// read (same concurrency stamp), so an article saved meanwhile keeps what its writer rendered. Returns how many rows
    /// it changed.
    /// </summary>
    public async Task<RerenderSummary> RerenderAllAsync(Action<RerenderSummary>? progress = null, CancellationToken cancellationToken = default)
    {
        var total = await db.Articles.CountAsync(cancellationToken);
        var seen = 0;
        var changed = 0;
        for (var lastId = 0; ;)
        {
            var batch = await db.Articles.AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(BatchSize)
                .Select(a => new Stored(a.Id, a.Title, a.Summary, a.Body, a.BodyHtml, a.SearchKey, a.SearchTitle, a.SearchSummary, a.SearchBody, a.ConcurrencyStamp))
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            var sizes = await db.ImageSizesAsync(batch.SelectMany(a => MediaUrls.IdsIn(a.Body)), cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var row in batch)
            {
                var fresh = new Article { Title = row.Title, Slug = "", Summary = row.Summary, Body = row.Body };
                Render(fresh, sizes);
                if (fresh.BodyHtml != row.BodyHtml || fresh.SearchKey != row.SearchKey || fresh.SearchTitle != row.SearchTitle
                    || fresh.SearchSummary != row.SearchSummary || fresh.SearchBody != row.SearchBody)
                {
                    changed += await db.Articles.Where(a => a.Id == row.Id && a.ConcurrencyStamp == row.Stamp).ExecuteUpdateAsync(set => set
                        .SetProperty(a => a.BodyHtml, fresh.BodyHtml)
                        .SetProperty(a => a.SearchKey, fresh.SearchKey)
                        .SetProperty(a => a.SearchTitle, fresh.SearchTitle)
                        .SetProperty(a => a.SearchSummary, fresh.SearchSummary)
                        .SetProperty(a => a.SearchBody, fresh.SearchBody), cancellationToken);
                }
            }
            await transaction.CommitAsync(cancellationToken);
            seen += batch.Count;
            lastId = batch[^1].Id;
            progress?.Invoke(new RerenderSummary(seen, Math.Max(total, seen), changed));
        }
        return new RerenderSummary(seen, seen, changed);
    }

    private sealed record Stored(int Id, string Title, string? Summary, string Body, string? BodyHtml, string SearchKey,
        string? SearchTitle, string? SearchSummary, string? SearchBody, Guid Stamp);
}
