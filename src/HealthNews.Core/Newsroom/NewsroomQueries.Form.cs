using HealthNews.Core.Articles;
using HealthNews.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Newsroom;

// What the article form offers and proposes: categories and media, "Tin liên quan" to pick, the address a title gets.
public sealed partial class NewsroomQueries
{
    /// <summary>
    /// "Tin liên quan" to pick: the visible articles whose title or summary holds <paramref name="query"/>, with or without
    /// tone marks (the folded search key, as the article list's search), newest first, at most <paramref name="count"/>,
    /// leaving out <paramref name="exceptId"/> (the article being edited). Nothing for an empty query.
    /// </summary>
    public async Task<IReadOnlyList<RelatedOption>> SearchRelatedAsync(string? query, int? exceptId, int count = 10, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query) || ProviderNeutral.SearchKey(query).Length == 0)
        {
            return [];
        }
        var now = Now;
        return await db.Articles.AsNoTracking().WherePublishedAt(now).WhereTextMatches(query)
            .Where(a => a.Id != exceptId)
            .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
            .Take(count)
            .Select(a => new RelatedOption(a.Id, a.Title, a.PublishedAtUtc, true))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// What the form's "Tin liên quan" shows without JavaScript: the picked articles in order (whatever their state, marked
    /// when readers can't see them) and the newest visible ones to add, leaving out the article itself and those picked.
    /// </summary>
    public async Task<RelatedChoices> GetRelatedChoicesAsync(IReadOnlyList<int> pickedIds, int? articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pickedIds);
        var now = Now;
        var ids = pickedIds.Distinct().ToList();
        var found = ids.Count == 0 ? [] : await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new RelatedOption(a.Id, a.Title, a.PublishedAtUtc, a.IsVisibleAt(now)))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var recent = await db.Articles.AsNoTracking().WherePublishedAt(now)
            .Where(a => a.Id != articleId && !ids.Contains(a.Id))
            .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
            .Take(RecentRelatedChoices)
            .Select(a => new RelatedOption(a.Id, a.Title, a.PublishedAtUtc, true))
            .ToListAsync(cancellationToken);
        return new RelatedChoices(ids.Where(found.ContainsKey).Select(id => found[id]).ToList(), recent);
    }

    /// <summary>
    /// The address the article would get if saved now with this title and typed slug: the same policy as saving
    /// (<see cref="ArticleSlugs"/>), so the editor's preview of the address is what readers will use.
    /// </summary>
    public async Task<string> ProposeSlugAsync(string? title, string? slug, int? articleId, CancellationToken cancellationToken = default)
    {
        var article = articleId is { } id ? await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) : null;
        var input = new ArticleInput(title ?? "", slug, null, "", 0, null, null, null, null, []);
        return await new ArticleSlugs(db).ChooseAsync(input, article, cancellationToken);
    }

    public async Task<ArticleFormOptions> GetFormOptionsAsync(CancellationToken cancellationToken = default)
    {
        var all = await categories.ListAllAsync(cancellationToken);
        var ordered = new List<(CategoryItem, int)>();
        void Add(int? parentId, int depth)
        {
            foreach (var category in all.Where(c => c.ParentId == parentId))
            {
                ordered.Add((category, depth));
                Add(category.Id, depth + 1);
            }
        }
        Add(null, 0);
        var media = await db.MediaFiles.AsNoTracking().OrderByDescending(m => m.Id).Take(200)
            .Select(m => new MediaOption(m.Id, m.FileName, m.ContentType.StartsWith("image/"), m.AltText, m.Caption, m.Variants))
            .ToListAsync(cancellationToken);
        return new ArticleFormOptions(ordered, media);
    }
}
