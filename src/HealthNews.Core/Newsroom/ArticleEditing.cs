using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Newsroom;

/// <summary>
/// Who has an article open in the editor. Each open editor reports every <see cref="Heartbeat"/> (and on each
/// autosave); someone not heard from for <see cref="Absence"/> has left. Kept in the database, so every web server sees it.
/// </summary>
public sealed class ArticleEditing(HealthNewsDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan Absence = TimeSpan.FromSeconds(75);

    /// <summary>Notes that <paramref name="actor"/> has the article open; answers who else has it open now.</summary>
    public async Task<IReadOnlyList<OtherEditor>> TouchAsync(int articleId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.UserId is not { } userId)
        {
            return [];
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var seen = await db.ArticleEditors.Where(e => e.ArticleId == articleId && e.UserId == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.SeenAtUtc, now).SetProperty(e => e.UserName, actor.DisplayName), cancellationToken);
        if (seen == 0)
        {
            db.ArticleEditors.Add(new ArticleEditor { ArticleId = articleId, UserId = userId, UserName = actor.DisplayName, SeenAtUtc = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same person's other tab got there first, or the article has just been deleted: nothing to note.
                db.ChangeTracker.Clear();
            }
            // Rows of people long gone, so the table stays as small as the newsroom.
            await db.ArticleEditors.Where(e => e.SeenAtUtc < now.AddDays(-1)).ExecuteDeleteAsync(cancellationToken);
        }
        return await OthersAsync(articleId, actor, cancellationToken);
    }

    /// <summary>Who, besides <paramref name="actor"/>, has the article open now; the longest there first.</summary>
    public async Task<IReadOnlyList<OtherEditor>> OthersAsync(int articleId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var since = clock.GetUtcNow().UtcDateTime - Absence;
        return await db.ArticleEditors.AsNoTracking()
            .Where(e => e.ArticleId == articleId && e.UserId != actor.UserId && e.SeenAtUtc >= since)
            .OrderBy(e => e.SeenAtUtc).Select(e => new OtherEditor(e.UserName, e.SeenAtUtc))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Notes that <paramref name="actor"/> closed the article.</summary>
    public Task LeaveAsync(int articleId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return db.ArticleEditors.Where(e => e.ArticleId == articleId && e.UserId == actor.UserId).ExecuteDeleteAsync(cancellationToken);
    }
}
