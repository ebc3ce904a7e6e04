using System.Globalization;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;

namespace HealthNews.Core.Newsroom;

/// <summary>How the form's content maps onto an article and its revisions, and back: pure functions, no database.</summary>
public static class ArticleRevisions
{
    /// <summary>
    /// Puts the form's content (all but title and slug, which the caller decides, and the tags, which need the database:
    /// ArticleTagging) onto the article. Its attachments and picks must be loaded.
    /// </summary>
    public static void ApplyContent(Article article, ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(input);
        article.Summary = Blank(input.Summary);
        article.Body = input.Body ?? "";
        article.CategoryId = input.CategoryId;
        article.FeaturedImageId = input.FeaturedImageId;
        article.FeaturedImageAlt = Blank(input.FeaturedImageAlt);
        article.FeaturedImageCaption = Blank(input.FeaturedImageCaption);
        article.SeoDescription = Blank(input.SeoDescription);
        var wanted = input.AttachmentIds.Distinct().ToList();
        article.Attachments.RemoveAll(a => !wanted.Contains(a.MediaFileId));
        for (var i = 0; i < wanted.Count; i++)
        {
            var existing = article.Attachments.FirstOrDefault(a => a.MediaFileId == wanted[i]);
            if (existing is null)
            {
                article.Attachments.Add(new ArticleAttachment { MediaFileId = wanted[i], SortOrder = i + 1 });
            }
            else
            {
                existing.SortOrder = i + 1;
            }
        }
        var picks = RelatedIds(input, article.Id);
        article.RelatedPicks.RemoveAll(p => !picks.Contains(p.RelatedArticleId));
        for (var i = 0; i < picks.Count; i++)
        {
            var existing = article.RelatedPicks.FirstOrDefault(p => p.RelatedArticleId == picks[i]);
            if (existing is null)
            {
                article.RelatedPicks.Add(new ArticleRelatedPick { RelatedArticleId = picks[i], Position = i + 1 });
            }
            else
            {
                existing.Position = i + 1;
            }
        }
    }

    /// <summary>A new revision of <paramref name="article"/> holding <paramref name="input"/>, numbered <paramref name="number"/>.</summary>
    public static ArticleRevision NewRevision(Article article, int number, ArticleInput input, string slug, string note, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        return new ArticleRevision
        {
            ArticleId = article.Id,
            Number = number,
            Title = input.Title.Trim(),
            Slug = slug,
            Summary = Blank(input.Summary),
            Body = input.Body ?? "",
            CategoryId = input.CategoryId,
            FeaturedImageId = input.FeaturedImageId,
            FeaturedImageAlt = Blank(input.FeaturedImageAlt),
            FeaturedImageCaption = Blank(input.FeaturedImageCaption),
            SeoDescription = Blank(input.SeoDescription),
            AttachmentIds = JoinIds(input.AttachmentIds.Distinct()),
            Tags = TagNames.Join(input.Tags),
            RelatedArticleIds = JoinIds(RelatedIds(input, article.Id)),
            Note = note,
            CreatedById = actor.UserId,
            CreatedByName = actor.DisplayName,
            CreatedAtUtc = nowUtc,
        };
    }

    /// <summary>A revision as the form's content, to edit, restore or publish it.</summary>
    public static ArticleInput ToInput(ArticleRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return new ArticleInput(revision.Title, revision.Slug, revision.Summary, revision.Body, revision.CategoryId, revision.FeaturedImageId,
            revision.FeaturedImageAlt, revision.FeaturedImageCaption, revision.SeoDescription, SplitIds(revision.AttachmentIds))
        {
            Tags = TagNames.Parse(revision.Tags),
            RelatedArticleIds = SplitIds(revision.RelatedArticleIds),
        };
    }

    // The picks as they are kept: each once, in order, never the article itself.
    private static List<int> RelatedIds(ArticleInput input, int articleId) =>
        input.RelatedArticleIds.Distinct().Where(id => id != articleId).ToList();

    private static string JoinIds(IEnumerable<int> ids) => string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static List<int> SplitIds(string? ids) =>
        (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
