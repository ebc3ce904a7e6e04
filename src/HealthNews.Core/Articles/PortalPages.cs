using HealthNews.Core.Caching;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;

namespace HealthNews.Core.Articles;

/// <summary>What each public page shows, composed from the categories and the published articles.</summary>
public sealed class PortalPages(CategoryDirectory categories, PublishedArticles articles, PublicDataCache cache)
{
    public const int CategoryPageSize = 20;

    public const int TagPageSize = CategoryPageSize;

    /// <summary>
    /// The home page: the lead story, then for each top-level category in menu order its newest items (categories with
    /// none are left out); kept in memory like every article list, so that an uncached home page asks nothing of the database.
    /// </summary>
    public Task<HomePage> GetHomeAsync(int itemsPerCategory, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadArticleDataAsync(CacheKeys.Home(itemsPerCategory, language), articles, async () =>
        {
            var all = await categories.ListAllAsync(cancellationToken);
            var topLevel = all.Where(c => c.ParentId is null).ToList();
            var groups = topLevel.Select(c => CategoryDirectory.SelfAndDescendantIds(all, c.Id)).ToList();
            var newest = await articles.ListNewestPerGroupAsync(groups, itemsPerCategory, language, cancellationToken);
            var sections = topLevel.Select((category, i) => new CategorySection(category, newest[i]))
                .Where(section => section.Articles.Count > 0).ToList();
            return new HomePage(await articles.GetLeadAsync(language, cancellationToken), sections);
        }, cancellationToken);

    /// <summary>
    /// One page of a category listing, including the categories nested under it; null when the slug is unknown or the
    /// page lies past the end (page 1 of an empty category exists).
    /// </summary>
    public async Task<CategoryPage?> GetCategoryPageAsync(string slug, int page, string language = ContentLanguage.Vietnamese,
        CancellationToken cancellationToken = default)
    {
        if (page < 1)
        {
            return null;
        }
        var all = await categories.ListAllAsync(cancellationToken);
        var category = CategoryDirectory.FindBySlug(all, slug, language);
        if (category is null)
        {
            return null;
        }
        var ids = CategoryDirectory.SelfAndDescendantIds(all, category.Id).ToList();
        // Counting a large category walks its whole index: the count is kept in memory with the other article data.
        var total = await cache.GetOrLoadArticleDataAsync(CacheKeys.PublishedCount(ids, language), articles,
            () => articles.CountPublishedAsync(ids, language, cancellationToken), cancellationToken);
        var list = await articles.ListPublishedByCategoryAsync(ids, page, CategoryPageSize, total, language, cancellationToken);
        if (page > list.TotalPages)
        {
            return null;
        }
        return new CategoryPage(category, CategoryDirectory.PathTo(all, category.Id), list);
    }

    /// <summary>
    /// The categories that list something in an edition: those with a visible item of its language, themselves or in a
    /// category nested under them. Kept in memory like every article list.
    /// </summary>
    public Task<HashSet<int>> ListCategoriesWithNewsAsync(string language, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadArticleDataAsync(CacheKeys.CategoriesWithNews(language), articles, async () =>
        {
            var all = await categories.ListAllAsync(cancellationToken);
            var newest = await articles.ListNewestPublishTimePerCategoryAsync(language, cancellationToken);
            return all.Where(c => CategoryDirectory.SelfAndDescendantIds(all, c.Id).Any(newest.ContainsKey)).Select(c => c.Id).ToHashSet();
        }, cancellationToken);

    /// <summary>"Xuất bản thông tin": an edition's newest published items, kept in memory like every article list.</summary>
    public Task<List<ArticleLink>> ListLatestAsync(int count, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadArticleDataAsync(CacheKeys.Latest(count, language), articles,
            () => articles.ListLatestPublishedAsync(count, language, cancellationToken), cancellationToken);

    /// <summary>
    /// "Tin liên quan": the visible items an editor picked for the article, in the editor's order, then the newest published
    /// items of its category, leaving out the article itself and the picked ones, up to <paramref name="count"/> items in all
    /// (all the picked ones are shown even when they are more). The category's newest items are the same for every article
    /// in it, so they are kept in memory once, with room for the article and its picks to be left out; the picks are kept
    /// in memory per article (<see cref="GetArticleLinksAsync"/>). A preview passes its draft's picks in
    /// <paramref name="previewPickedIds"/>. Only items of the article's edition (<paramref name="language"/>) are listed.
    /// </summary>
    public async Task<IReadOnlyList<ArticleLink>> ListRelatedAsync(int articleId, int categoryId, int count,
        IReadOnlyList<int>? previewPickedIds = null, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default)
    {
        var picked = previewPickedIds is null
            ? (await GetArticleLinksAsync(articleId, cancellationToken)).PickedRelated
            : await articles.ListVisibleLinksAsync(previewPickedIds, language, cancellationToken);
        picked = picked.Where(a => a.Id != articleId).ToList();
        var room = count + 1 + FieldLimits.Article.RelatedPicks;
        var newest = await cache.GetOrLoadArticleDataAsync(CacheKeys.NewestInCategory(categoryId, room, language), articles,
            () => articles.ListNewestInCategoryAsync(categoryId, room, language, cancellationToken), cancellationToken);
        var pickedIds = picked.Select(a => a.Id).ToHashSet();
        return [.. picked, .. newest.Where(a => a.Id != articleId && !pickedIds.Contains(a.Id)).Take(Math.Max(0, count - picked.Count))];
    }

    /// <summary>An article's tags and visible hand-picked related items, kept in memory like every article list.</summary>
    public Task<ArticleLinks> GetArticleLinksAsync(int articleId, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadArticleDataAsync(CacheKeys.ArticleLinks(articleId), articles,
            () => articles.GetLinksAsync(articleId, cancellationToken), cancellationToken);

    /// <summary>
    /// One page of a tag's visible articles; null when the slug is unknown, when no visible article carries the tag (a
    /// tag only drafts name has no page, so its name stays in the newsroom), or when the page lies past the end.
    /// </summary>
    public async Task<TagPage?> GetTagPageAsync(string slug, int page, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default)
    {
        if (page < 1 || await articles.FindTagAsync(slug, cancellationToken) is not { } tag)
        {
            return null;
        }
        var total = await cache.GetOrLoadArticleDataAsync(CacheKeys.TagPublishedCount(tag.Id, language), articles,
            () => articles.CountPublishedWithTagAsync(tag.Id, language, cancellationToken), cancellationToken);
        if (total == 0)
        {
            return null;
        }
        var list = await articles.ListPublishedWithTagAsync(tag.Id, page, TagPageSize, total, language, cancellationToken);
        return page > list.TotalPages ? null : new TagPage(tag, list);
    }

    /// <summary>Where an article published under <paramref name="oldSlug"/> lives now; null when nowhere.</summary>
    public Task<string?> FindMovedArticleAsync(string oldSlug, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default) =>
        articles.FindMovedSlugAsync(oldSlug, language, cancellationToken);

    /// <summary>A published article with the path of its category for the breadcrumb; null when it isn't public.</summary>
    public async Task<ArticlePage?> GetArticlePageAsync(string slug, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default)
    {
        var article = await articles.GetPublishedBySlugAsync(slug, language, cancellationToken);
        if (article is null)
        {
            return null;
        }
        var all = await categories.ListAllAsync(cancellationToken);
        var links = await GetArticleLinksAsync(article.Id, cancellationToken);
        return new ArticlePage(article, CategoryDirectory.PathTo(all, article.Category.Id)) { Tags = links.Tags, Translation = links.Translation };
    }
}
