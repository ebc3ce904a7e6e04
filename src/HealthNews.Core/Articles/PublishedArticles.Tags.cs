using HealthNews.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Articles;

// The queries of tags and hand-picked "Tin liên quan": only what readers may see, by the same visibility rule.
public sealed partial class PublishedArticles
{
    /// <summary>
    /// An article's tags, its visible hand-picked related items of its own edition, both in the editor's order, and its
    /// visible translation.
    /// </summary>
    public async Task<ArticleLinks> GetLinksAsync(int articleId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var tags = await db.ArticleTags.AsNoTracking()
            .Where(t => t.ArticleId == articleId)
            .OrderBy(t => t.Position)
            .Select(t => new TagLink(t.Tag!.Id, t.Tag.Name, t.Tag.Slug))
            .ToListAsync(cancellationToken);
        var picked = await db.ArticleRelatedPicks.AsNoTracking()
            .Where(p => p.ArticleId == articleId && p.RelatedArticle!.IsVisibleAt(now) && p.RelatedArticle!.Language == p.Article!.Language)
            .OrderBy(p => p.Position)
            .Select(p => new ArticleLink(p.RelatedArticle!.Id, p.RelatedArticle.Title, p.RelatedArticle.Slug, p.RelatedArticle.PublishedAtUtc!.Value))
            .ToListAsync(cancellationToken);
        // A pair is linked from one side (the translation names its original): look both ways.
        var translation = await db.Articles.AsNoTracking()
            .Where(a => a.IsVisibleAt(now) && (a.TranslationOfId == articleId || db.Articles.Any(x => x.Id == articleId && x.TranslationOfId == a.Id)))
            .Select(a => new TranslationLink(a.Language, a.Slug))
            .FirstOrDefaultAsync(cancellationToken);
        return new ArticleLinks(tags, picked) { Translation = translation };
    }

    /// <summary>The visible ones of the given articles in an edition, in the given order (a preview's picks).</summary>
    public async Task<List<ArticleLink>> ListVisibleLinksAsync(IReadOnlyList<int> ids, string language = ContentLanguage.Vietnamese,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }
        var wanted = ids.ToList();
        var found = await Visible.Where(a => wanted.Contains(a.Id) && a.Language == language)
            .Select(a => new ArticleLink(a.Id, a.Title, a.Slug, a.PublishedAtUtc!.Value))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return wanted.Distinct().Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    /// <summary>The tag at <paramref name="slug"/>, or null when there is none.</summary>
    public Task<TagLink?> FindTagAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Tags.AsNoTracking().Where(t => t.Slug == slug).Select(t => new TagLink(t.Id, t.Name, t.Slug)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>How many visible articles of an edition carry the tag.</summary>
    public Task<int> CountPublishedWithTagAsync(int tagId, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default) =>
        Visible.Where(a => a.Language == language && a.Tags.Any(t => t.TagId == tagId)).CountAsync(cancellationToken);

    /// <summary>One page of the tag's visible articles, newest first, when their number is already known.</summary>
    public async Task<PagedList<ArticleListItem>> ListPublishedWithTagAsync(
        int tagId, int page, int pageSize, int totalCount, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        if ((long)(page - 1) * pageSize >= totalCount)
        {
            return new PagedList<ArticleListItem>([], page, pageSize, totalCount);
        }
        // As category pages do: the page's ids first (no bodies read), then its rows.
        var ids = await Visible.Where(a => a.Language == language && a.Tags.Any(t => t.TagId == tagId))
            .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        return new PagedList<ArticleListItem>(await ListItemsAsync(ids, cancellationToken), page, pageSize, totalCount);
    }
}
