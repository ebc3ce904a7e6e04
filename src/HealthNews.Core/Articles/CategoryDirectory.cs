using HealthNews.Core.Caching;
using HealthNews.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Articles;

/// <summary>The portal's categories, read whole: there are tens of them, not thousands.</summary>
public sealed class CategoryDirectory(HealthNewsDbContext db, PublicDataCache cache)
{
    /// <summary>Every category in menu order; kept in memory until a category changes (tag "categories").</summary>
    public Task<List<CategoryItem>> ListAllAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync(CacheKeys.Categories, CacheTags.Categories, async () => (await db.Categories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new CategoryItem(c.Id, c.Name, c.Slug, c.ParentId, c.SortOrder) { EnglishName = c.EnglishName, EnglishSlug = c.EnglishSlug })
            .ToListAsync(cancellationToken), (DateTime?)null));

    /// <summary>The category at <paramref name="slug"/> in the <paramref name="language"/> edition; null when there is none.</summary>
    public static CategoryItem? FindBySlug(IReadOnlyList<CategoryItem> all, string slug, string language) =>
        all.FirstOrDefault(c => c.SlugIn(language) == slug);

    /// <summary>The category and every category nested under it, at any depth.</summary>
    public static IReadOnlyList<int> SelfAndDescendantIds(IReadOnlyList<CategoryItem> all, int categoryId)
    {
        var ids = new List<int> { categoryId };
        for (var i = 0; i < ids.Count; i++)
        {
            var parent = ids[i];
            ids.AddRange(all.Where(c => c.ParentId == parent && !ids.Contains(c.Id)).Select(c => c.Id));
        }
        return ids;
    }

    /// <summary>From the top-level category down to <paramref name="categoryId"/>, for breadcrumbs.</summary>
    public static IReadOnlyList<CategoryItem> PathTo(IReadOnlyList<CategoryItem> all, int categoryId)
    {
        var path = new List<CategoryItem>();
        var current = all.FirstOrDefault(c => c.Id == categoryId);
        while (current is not null && path.Count < all.Count)
        {
            path.Insert(0, current);
            current = current.ParentId is { } parentId ? all.FirstOrDefault(c => c.Id == parentId) : null;
        }
        return path;
    }
}
