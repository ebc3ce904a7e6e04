using HealthNews.Core.Articles;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
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
    /// <param name="query">The words typed.</param>
    /// <param name="exceptId">The article being edited, if saved.</param>
    /// <param name="language">The edited article's edition: only its articles are offered; null for both editions.</param>
    /// <param name="count">The most articles answered.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    public async Task<IReadOnlyList<RelatedOption>> SearchRelatedAsync(string? query, int? exceptId, string? language = null, int count = 10,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query) || ProviderNeutral.SearchKey(query).Length == 0)
        {
            return [];
        }
        var now = Now;
        return await InEdition(db.Articles.AsNoTracking().WherePublishedAt(now).WhereTextMatches(query), language)
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
    /// <param name="pickedIds">The picks, in order.</param>
    /// <param name="articleId">The article being edited, if saved.</param>
    /// <param name="language">The article's edition, whose articles are offered to add; null for both editions.</param>
    /// <param name="cancellationToken">Stops the queries.</param>
    public async Task<RelatedChoices> GetRelatedChoicesAsync(IReadOnlyList<int> pickedIds, int? articleId, string? language = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pickedIds);
        var now = Now;
        var ids = pickedIds.Distinct().ToList();
        var found = ids.Count == 0 ? [] : await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new RelatedOption(a.Id, a.Title, a.PublishedAtUtc, a.IsVisibleAt(now)))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var recent = await InEdition(db.Articles.AsNoTracking().WherePublishedAt(now), language)
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
    /// <param name="title">The title typed.</param>
    /// <param name="slug">The slug typed, if any.</param>
    /// <param name="articleId">The article being edited, if saved.</param>
    /// <param name="language">The edition chosen in the form, whose addresses the slug must be free among; else the article's, else Vietnamese.</param>
    /// <param name="cancellationToken">Stops the queries.</param>
    public async Task<string> ProposeSlugAsync(string? title, string? slug, int? articleId, string? language = null, CancellationToken cancellationToken = default)
    {
        var article = articleId is { } id ? await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) : null;
        var edition = ContentLanguage.IsKnown(language) ? language! : article?.Language ?? ContentLanguage.Vietnamese;
        var input = new ArticleInput(title ?? "", slug, null, "", 0, null, null, null, null, []) { Language = edition };
        return await new ArticleSlugs(db).ChooseAsync(input, edition, article, cancellationToken);
    }

    /// <summary>
    /// Originals a translation may point to, for the form's "Bản dịch của" picker: articles of <paramref name="language"/>
    /// whose title or summary holds <paramref name="query"/> (with or without tone marks), that translate nothing and that
    /// nothing but <paramref name="exceptId"/> translates yet, not archived, newest first. Nothing for an empty query.
    /// </summary>
    /// <param name="query">The words typed.</param>
    /// <param name="language">The originals' language: the other one than the article being edited.</param>
    /// <param name="exceptId">The article being edited, if saved.</param>
    /// <param name="count">The most articles answered.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    public async Task<IReadOnlyList<RelatedOption>> SearchOriginalsAsync(string? query, string language, int? exceptId, int count = 10,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query) || ProviderNeutral.SearchKey(query).Length == 0 || !ContentLanguage.IsKnown(language))
        {
            return [];
        }
        var now = Now;
        return await db.Articles.AsNoTracking().WhereTextMatches(query)
            .Where(a => a.Language == language && a.Id != exceptId && a.TranslationOfId == null && a.Status != ArticleStatus.Archived
                && !db.Articles.Any(t => t.TranslationOfId == a.Id && t.Id != exceptId))
            .OrderByDescending(a => a.UpdatedAtUtc).ThenByDescending(a => a.Id)
            .Take(count)
            .Select(a => new RelatedOption(a.Id, a.Title, a.PublishedAtUtc, a.IsVisibleAt(now)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The form's translation pair: the original it names (<paramref name="originalId"/>) and the article that translates this one.</summary>
    /// <param name="articleId">The article being edited, if saved.</param>
    /// <param name="originalId">The original the form names, if any (not necessarily saved yet).</param>
    /// <param name="cancellationToken">Stops the queries.</param>
    public async Task<TranslationPartners> GetTranslationPartnersAsync(int? articleId, int? originalId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var original = originalId is null ? null : await db.Articles.AsNoTracking().Where(a => a.Id == originalId)
            .Select(a => new TranslationPartner(a.Id, a.Title, a.Language, a.IsVisibleAt(now))).SingleOrDefaultAsync(cancellationToken);
        var translation = articleId is null ? null : await db.Articles.AsNoTracking().Where(a => a.TranslationOfId == articleId)
            .Select(a => new TranslationPartner(a.Id, a.Title, a.Language, a.IsVisibleAt(now))).FirstOrDefaultAsync(cancellationToken);
        return new TranslationPartners(original, translation);
    }

    private static IQueryable<Article> InEdition(IQueryable<Article> articles, string? language) =>
        language is null ? articles : articles.Where(a => a.Language == language);

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
