using HealthNews.Core.Articles;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.OldAddresses;

/// <summary>
/// Finds what an old portal address names here: first the editors' table of old addresses, then a category (for a
/// listing) or a published article with the same slug, a slug this one was cut from (ours stop at 80 characters,
/// between words), or a slug it had before. The old portal was Vietnamese: only the Vietnamese edition's articles answer
/// (an English article may share a slug, ADR-017).
/// </summary>
public sealed class OldAddressResolver(HealthNewsDbContext db, TimeProvider clock)
{
    public async Task<OldAddressTarget?> ResolveAsync(OldPortalLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        var mapped = await db.OldAddresses.AsNoTracking().Where(a => a.OldSlug == link.Slug).Select(a => a.TargetPath).FirstOrDefaultAsync(cancellationToken);
        if (mapped is not null)
        {
            return new(mapped, null, null);
        }
        if (link.IsListing)
        {
            return await db.Categories.AnyAsync(c => c.Slug == link.Slug, cancellationToken) ? new(null, null, link.Slug) : null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = Prefixes(link.Slug);
        var found = await db.Articles.AsNoTracking().Where(a => candidates.Contains(a.Slug) && a.Language == ContentLanguage.Vietnamese && a.IsVisibleAt(now))
            .Select(a => a.Slug).ToListAsync(cancellationToken);
        if (found.Count > 0)
        {
            return new(null, found.MaxBy(s => s.Length), null);
        }
        var renamed = await db.ArticleSlugRedirects.AsNoTracking()
            .Where(r => r.OldSlug == link.Slug && r.Article!.Language == ContentLanguage.Vietnamese && r.Article.IsVisibleAt(now))
            .Select(r => r.Article!.Slug).FirstOrDefaultAsync(cancellationToken);
        return renamed is null ? null : new(null, renamed, null);
    }

    // The slug, then the slug cut at each hyphen, longest first, down to three words.
    private static List<string> Prefixes(string slug)
    {
        var prefixes = new List<string> { slug };
        for (var cut = slug.LastIndexOf('-'); cut > 0; cut = slug.LastIndexOf('-', cut - 1))
        {
            var prefix = slug[..cut];
            if (prefix.Count(c => c == '-') < 2)
            {
                break;
            }
            prefixes.Add(prefix);
        }
        return prefixes;
    }
}
