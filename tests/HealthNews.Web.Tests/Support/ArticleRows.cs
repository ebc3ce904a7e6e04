using HealthNews.Core.Caching;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Support;

/// <summary>Articles written straight into the portal's database, for states the newsroom takes several steps to reach.</summary>
public static class ArticleRows
{
    public static Article New(int categoryId, string slug, ArticleStatus status, DateTime publishedAtUtc, string? title = null) => new()
    {
        Title = title ?? "Bài " + slug,
        Slug = slug,
        CategoryId = categoryId,
        Status = status,
        PublishedAtUtc = publishedAtUtc,
        CreatedAtUtc = publishedAtUtc,
        UpdatedAtUtc = publishedAtUtc,
        Summary = "Tóm tắt " + slug,
        Body = "Nội dung.",
    };

    /// <summary>Adds the articles, then evicts what readers see, as the newsroom's publishing would.</summary>
    public static async Task AddAsync(this PortalFactory portal, Func<int, IEnumerable<Article>> articlesInCategory, string categorySlug = "tin-tong-hop")
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(articlesInCategory);
        await portal.WithDbAsync(async db =>
        {
            var categoryId = await db.Categories.Where(c => c.Slug == categorySlug).Select(c => c.Id).SingleAsync();
            db.Articles.AddRange(articlesInCategory(categoryId));
            await db.SaveChangesAsync();
        });
        await portal.Services.GetRequiredService<IPublicCache>().EvictAsync([CacheTags.Articles]);
    }

    /// <summary>The slugs readers of the Vietnamese edition may see now, by the portal's clock (the English edition has its own, ADR-017).</summary>
    public static async Task<List<string>> VisibleSlugsAsync(this PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        var slugs = new List<string>();
        await portal.WithDbAsync(async db => slugs = await db.Articles
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAtUtc <= now && a.Language == ContentLanguage.Vietnamese)
            .Select(a => a.Slug).ToListAsync());
        return slugs;
    }
}
