using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Newsroom;

/// <summary>
/// The slug policy: a slug typed by the editor is normalised and must be free; one made from the title takes the next
/// free number; once an article has been public its address changes only when an editor changes it on purpose. Each
/// edition has its own addresses (ADR-017): a slug is taken by another article of the same language, by such an
/// article's old address (a redirect) or by its pending draft; the other edition may use it too.
/// </summary>
internal sealed class ArticleSlugs(HealthNewsDbContext db)
{
    public async Task<string> ChooseAsync(ArticleInput input, string language, Article? article, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(input.Slug))
        {
            return VietnameseText.Slugify(input.Slug);
        }
        if (article is not null && (article.Status == ArticleStatus.Published || article.PublishedAtUtc is not null))
        {
            return article.Slug;
        }
        var baseSlug = VietnameseText.Slugify(input.Title);
        for (var attempt = 1; ; attempt++)
        {
            var candidate = VietnameseText.SlugCandidate(baseSlug, attempt);
            if (!await IsTakenAsync(candidate, language, article?.Id, cancellationToken))
            {
                return candidate;
            }
        }
    }

    public async Task<bool> IsTakenAsync(string slug, string language, int? articleId, CancellationToken cancellationToken) =>
        await db.Articles.AnyAsync(a => a.Slug == slug && a.Language == language && a.Id != articleId, cancellationToken)
        || await db.ArticleSlugRedirects.AnyAsync(r => r.OldSlug == slug && r.ArticleId != articleId && r.Article!.Language == language, cancellationToken)
        || await db.ArticleRevisions.AnyAsync(r => r.Slug == slug && r.ArticleId != articleId
            && db.Articles.Any(a => a.Id == r.ArticleId && a.DraftRevisionId == r.Id && a.Language == language), cancellationToken);
}
