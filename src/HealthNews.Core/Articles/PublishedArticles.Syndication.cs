using HealthNews.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Articles;

// The queries of feeds and sitemaps. They answer from projections of a few columns: a sitemap of 100,000 articles
// reads slugs and times only, in windows of ids, never a body.
public sealed partial class PublishedArticles
{
    private const int SitemapIdWindow = 5_000;

    /// <summary>The newest published items of an edition, of the given categories or (null) of the whole edition, for an RSS feed.</summary>
    public Task<List<FeedItem>> ListForFeedAsync(IReadOnlyCollection<int>? categoryIds, int count, string language = ContentLanguage.Vietnamese,
        CancellationToken cancellationToken = default)
    {
        var query = Visible.Where(a => a.Language == language);
        if (categoryIds is not null)
        {
            var ids = categoryIds.ToList();
            query = query.Where(a => ids.Contains(a.CategoryId));
        }
        return query.OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
            .Take(count)
            .Select(a => new FeedItem(
                a.Id, a.Title, a.Slug, a.Summary, a.SeoDescription,
                a.Summary == null && a.SeoDescription == null ? a.Body : null,
                a.PublishedAtUtc!.Value, language == ContentLanguage.English ? a.Category!.EnglishName : a.Category!.Name,
                a.FeaturedImageId == null ? null
                    : new FeedImage(a.FeaturedImage!.Id, a.FeaturedImage.FileName, a.FeaturedImage.ContentType, a.FeaturedImage.SizeBytes,
                        a.FeaturedImage.Width, a.FeaturedImage.Height, a.FeaturedImage.Variants)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The child sitemaps of articles that have at least one published item, with their newest change. Part N holds the
    /// ids from (N-1)×<paramref name="urlsPerPart"/>+1 to N×<paramref name="urlsPerPart"/>, so it never lists more than
    /// that many addresses, and each part is a range of the primary key.
    /// </summary>
    public async Task<List<SitemapPart>> ListSitemapPartsAsync(int urlsPerPart, string language = ContentLanguage.Vietnamese,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(urlsPerPart, 1);
        var edition = Visible.Where(a => a.Language == language);
        var lastId = await edition.MaxAsync(a => (int?)a.Id, cancellationToken);
        var parts = new List<SitemapPart>();
        for (var number = 1; lastId is { } last && (long)(number - 1) * urlsPerPart < last; number++)
        {
            var (from, to) = SitemapPartIds(number, urlsPerPart);
            var inPart = edition.Where(a => a.Id >= from && a.Id <= to);
            var published = await inPart.MaxAsync(a => a.PublishedAtUtc, cancellationToken);
            if (published is null)
            {
                continue;
            }
            var updated = await inPart.MaxAsync(a => (DateTime?)a.UpdatedAtUtc, cancellationToken) ?? published.Value;
            parts.Add(new SitemapPart(number, updated > published.Value ? updated : published.Value));
        }
        return parts;
    }

    /// <summary>
    /// The published articles of child sitemap <paramref name="part"/> (see <see cref="ListSitemapPartsAsync"/>), by id,
    /// read in windows of <see cref="SitemapIdWindow"/> ids, each edition's, with its visible translation's slug.
    /// </summary>
    public async Task<List<SitemapEntry>> ListForSitemapAsync(int part, int urlsPerPart, string language = ContentLanguage.Vietnamese,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(urlsPerPart, 1);
        var entries = new List<SitemapEntry>();
        if (part < 1 || (long)(part - 1) * urlsPerPart >= int.MaxValue)
        {
            return entries;
        }
        var (from, to) = SitemapPartIds(part, urlsPerPart);
        var now = Now;
        // Windows of ids, not "the next 5,000 after": each query then reads at most a window's rows, whichever index the
        // database prefers for the visibility predicate.
        for (var start = (long)from; start <= to; start += SitemapIdWindow)
        {
            var (first, last) = ((int)start, (int)Math.Min(start + SitemapIdWindow - 1, to));
            entries.AddRange(await Visible.Where(a => a.Id >= first && a.Id <= last && a.Language == language)
                .OrderBy(a => a.Id)
                .Select(a => new SitemapEntry(a.Id, a.Slug, a.PublishedAtUtc!.Value, a.UpdatedAtUtc)
                {
                    Language = a.Language,
                    TranslationSlug = a.TranslationOfId != null
                        ? db.Articles.Where(t => t.Id == a.TranslationOfId && t.IsVisibleAt(now)).Select(t => t.Slug).FirstOrDefault()
                        : db.Articles.Where(t => t.TranslationOfId == a.Id && t.IsVisibleAt(now)).Select(t => t.Slug).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken));
        }
        return entries;
    }

    /// <summary>The newest publish time of each category that has published items of an edition (its own items, not its children's).</summary>
    public async Task<Dictionary<int, DateTime>> ListNewestPublishTimePerCategoryAsync(string language = ContentLanguage.Vietnamese,
        CancellationToken cancellationToken = default)
    {
        var now = Now;
        // One seek per category in the (CategoryId, Status, PublishedAtUtc) index, rather than grouping every visible row.
        var newest = await db.Categories.AsNoTracking()
            .Select(c => new
            {
                CategoryId = c.Id,
                Newest = db.Articles.Where(a => a.CategoryId == c.Id && a.Language == language && a.IsVisibleAt(now)).Max(a => a.PublishedAtUtc),
            })
            .ToListAsync(cancellationToken);
        return newest.Where(x => x.Newest is not null).ToDictionary(x => x.CategoryId, x => x.Newest!.Value);
    }

    /// <summary>The items of both editions published since <paramref name="sinceUtc"/>, newest first, at most <paramref name="count"/>.</summary>
    public Task<List<NewsSitemapEntry>> ListPublishedSinceAsync(DateTime sinceUtc, int count, CancellationToken cancellationToken = default) =>
        Visible.Where(a => a.PublishedAtUtc >= sinceUtc)
            .OrderByDescending(a => a.PublishedAtUtc).ThenByDescending(a => a.Id)
            .Take(count)
            .Select(a => new NewsSitemapEntry(a.Slug, a.Title, a.PublishedAtUtc!.Value) { Language = a.Language })
            .ToListAsync(cancellationToken);

    private static (int From, int To) SitemapPartIds(int part, int urlsPerPart)
    {
        var from = (long)(part - 1) * urlsPerPart + 1;
        return ((int)Math.Min(from, int.MaxValue), (int)Math.Min(from + urlsPerPart - 1, int.MaxValue));
    }
}
