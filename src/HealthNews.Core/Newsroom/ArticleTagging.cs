using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Newsroom;

/// <summary>
/// Puts the form's tags onto an article: each name finds its tag by slug, or a new tag is made with the name as written.
/// Tags are never deleted here; a tag no visible article carries has no page (PortalPages.GetTagPageAsync).
/// </summary>
internal sealed class ArticleTagging(HealthNewsDbContext db)
{
    /// <summary>Loads what <see cref="ArticleRevisions.ApplyContent"/> and <see cref="ApplyAsync"/> replace: attachments, tags, picks.</summary>
    public async Task LoadLinksAsync(Article article, CancellationToken cancellationToken)
    {
        if (article.Id == 0)
        {
            return;
        }
        var entry = db.Entry(article);
        if (!entry.Collection(a => a.Attachments).IsLoaded)
        {
            await entry.Collection(a => a.Attachments).LoadAsync(cancellationToken);
        }
        if (!entry.Collection(a => a.Tags).IsLoaded)
        {
            await entry.Collection(a => a.Tags).LoadAsync(cancellationToken);
        }
        if (!entry.Collection(a => a.RelatedPicks).IsLoaded)
        {
            await entry.Collection(a => a.RelatedPicks).LoadAsync(cancellationToken);
        }
    }

    public async Task ApplyAsync(Article article, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var wanted = names.Select(n => (Name: n, Slug: TagNames.SlugOf(n))).DistinctBy(t => t.Slug).ToList();
        var slugs = wanted.Select(t => t.Slug).ToList();
        var existing = slugs.Count == 0 ? []
            : await db.Tags.Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, StringComparer.Ordinal, cancellationToken);
        var tags = wanted.Select(w => existing.TryGetValue(w.Slug, out var tag) ? tag : db.Tags.Add(NewTag(w.Name, w.Slug)).Entity).ToList();
        var keptIds = tags.Where(t => t.Id != 0).Select(t => t.Id).ToHashSet();
        article.Tags.RemoveAll(t => !keptIds.Contains(t.TagId));
        for (var i = 0; i < tags.Count; i++)
        {
            var current = tags[i].Id == 0 ? null : article.Tags.FirstOrDefault(t => t.TagId == tags[i].Id);
            if (current is null)
            {
                article.Tags.Add(new ArticleTag { Tag = tags[i], Position = i + 1 });
            }
            else
            {
                current.Position = i + 1;
            }
        }
    }

    private static Tag NewTag(string name, string slug)
    {
        var key = ProviderNeutral.SearchKey(name);
        return new Tag { Name = name, Slug = slug, SearchKey = key.Length <= FieldLimits.Tag.Name ? key : key[..FieldLimits.Tag.Name] };
    }
}
