using HealthNews.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Newsroom;

// The article list's bulk actions: each checked article goes through the same command as its own button, so each is
// checked against the actor's rights and saved in its own transaction; a refused one doesn't stop the others.
public sealed partial class ArticlePublishing
{
    /// <summary>The most articles one bulk action takes: the longest page of the list.</summary>
    public const int MaxBulkArticles = 100;

    /// <summary>Runs <paramref name="action"/> on each of <paramref name="ids"/>, in the order given, and says what became of each.</summary>
    public async Task<(CommandResult Result, BulkOutcome? Outcome)> BulkAsync(BulkAction action, IEnumerable<int> ids, Actor actor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(actor);
        var chosen = ids.Distinct().ToList();
        if (chosen.Count == 0)
        {
            return (CommandResult.Invalid("ids", "Hãy đánh dấu ít nhất một bài trong danh sách."), null);
        }
        if (chosen.Count > MaxBulkArticles)
        {
            return (CommandResult.Invalid("ids", $"Mỗi lần chỉ thao tác được tối đa {MaxBulkArticles} bài."), null);
        }
        if (!Enum.IsDefined(action))
        {
            return (CommandResult.Invalid("action", "Thao tác không hợp lệ."), null);
        }
        var titles = await db.Articles.AsNoTracking().Where(a => chosen.Contains(a.Id))
            .Select(a => new { a.Id, a.Title }).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        var items = new List<BulkItem>(chosen.Count);
        foreach (var id in chosen)
        {
            var result = action switch
            {
                BulkAction.Submit => await SubmitAsync(id, actor, cancellationToken),
                BulkAction.Publish => await PublishAsync(id, null, actor, cancellationToken),
                BulkAction.Unpublish => await UnpublishAsync(id, actor, cancellationToken),
                _ => await ArchiveAsync(id, actor, cancellationToken),
            };
            items.Add(new BulkItem(id, titles.GetValueOrDefault(id) ?? "#" + id, result));
        }
        var outcome = new BulkOutcome(action, items);
        return (outcome.Refused.Count == 0 ? CommandResult.Ok(0, outcome.Summary) : CommandResult.Conflict(outcome.Summary), outcome);
    }
}
