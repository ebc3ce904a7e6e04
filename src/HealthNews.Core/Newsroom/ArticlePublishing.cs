using HealthNews.Core.Articles;
using HealthNews.Core.Audit;
using HealthNews.Core.Caching;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthNews.Core.Newsroom;

/// <summary>
/// The one writer of articles: drafts, review, publishing, scheduling, unpublishing, archiving, revisions and slug
/// redirects. Each command checks who may do it (<see cref="ArticlePermissions"/>), validates (<see cref="ArticleValidation"/>),
/// renders the derived columns (<see cref="ArticleRendering"/>), records a revision or an audit event, saves it all in one
/// transaction and then evicts what readers see. A published article's edits wait in a draft revision until
/// "Xuất bản thay đổi".
/// </summary>
public sealed partial class ArticlePublishing(
    HealthNewsDbContext db, AuditLog audit, TimeProvider clock, IOptions<NewsroomOptions> options, IPublicCache cache, ArticleRendering rendering)
{
    /// <summary>The form field that carries the reason of "Trả lại phóng viên".</summary>
    public const string ReasonField = "reason";

    private readonly ArticleSlugs _slugs = new(db);
    private readonly ArticleTagging _tagging = new(db);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<CommandResult> SubmitAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, (article, _) =>
        {
            if (ArticlePermissions.ToEdit(article, actor) is { } refusal)
            {
                return refusal;
            }
            if (article.Status is not (ArticleStatus.Draft or ArticleStatus.Unpublished))
            {
                return CommandResult.Conflict("Chỉ gửi duyệt được bài đang là bản nháp.");
            }
            article.Status = ArticleStatus.InReview;
            article.SubmittedById = actor.UserId;
            article.SubmittedAtUtc = Now;
            ClearReturn(article); // the author has answered it; the trail keeps it
            audit.Record(actor, AuditActions.ArticleSubmitted, nameof(Article), article.Id, article.Title);
            return CommandResult.Ok(article.Id, "Đã gửi bài chờ duyệt.");
        }, cancellationToken);

    /// <summary>
    /// "Trả lại phóng viên": the article goes back to its author as a draft, with the editor's <paramref name="reason"/>,
    /// which the author sees on the article and the dashboard until sending it again, and the audit trail keeps.
    /// </summary>
    public Task<CommandResult> ReturnToDraftAsync(int id, string? reason, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, (article, _) =>
        {
            if (ArticlePermissions.ToReturn(actor) is { } refusal)
            {
                return refusal;
            }
            if (article.Status != ArticleStatus.InReview)
            {
                return CommandResult.Conflict("Chỉ trả lại được bài đang chờ duyệt.");
            }
            var why = reason?.Trim() ?? "";
            if (why.Length == 0)
            {
                return CommandResult.Invalid(ReasonField, "Hãy ghi lý do trả lại để phóng viên biết cần sửa gì.");
            }
            if (why.Length > FieldLimits.Article.ReturnReason)
            {
                return CommandResult.Invalid(ReasonField, $"Lý do trả lại không được dài quá {FieldLimits.Article.ReturnReason} ký tự.");
            }
            article.Status = ArticleStatus.Draft;
            article.ReturnReason = why;
            article.ReturnedAtUtc = Now;
            article.ReturnedByName = actor.DisplayName.Length <= FieldLimits.PersonName ? actor.DisplayName : actor.DisplayName[..FieldLimits.PersonName];
            audit.Record(actor, AuditActions.ArticleReturned, nameof(Article), article.Id, ReturnDetails(why));
            return CommandResult.Ok(article.Id, "Đã trả bài về cho phóng viên kèm lý do.");
        }, cancellationToken);

    /// <summary>Publishes now, or schedules when <paramref name="publishAtUtc"/> lies in the future.</summary>
    public Task<CommandResult> PublishAsync(int id, DateTime? publishAtUtc, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, async (article, ct) =>
        {
            if (ArticlePermissions.ToPublish(article, actor, options.Value.FourEyes) is { } refusal)
            {
                return refusal;
            }
            if (article.Status == ArticleStatus.Archived)
            {
                return CommandResult.Conflict("Bài đã lưu trữ; hãy khôi phục trước khi xuất bản.");
            }
            if (article.IsVisibleAt(Now))
            {
                // Publishing again would move its date; pending edits go out with "Xuất bản thay đổi".
                return CommandResult.Conflict("Bài đã được xuất bản trên cổng.");
            }
            if (article.DraftRevisionId is not null)
            {
                await ApplyDraftRevisionAsync(article, ct);
            }
            var when = publishAtUtc ?? Now;
            article.Status = ArticleStatus.Published;
            ClearReturn(article);
            article.PublishedAtUtc = when;
            var scheduled = article.IsScheduledAt(Now);
            audit.Record(actor, scheduled ? AuditActions.ArticleScheduled : AuditActions.ArticlePublished, nameof(Article), article.Id,
                scheduled ? "Hẹn giờ xuất bản lúc " + VietnamTime.ListingDateLine(when) : article.Title);
            return CommandResult.Ok(article.Id, scheduled
                ? "Đã hẹn giờ xuất bản lúc " + VietnamTime.ListingDateLine(when) + "."
                : "Đã xuất bản bài viết.");
        }, cancellationToken);

    /// <summary>"Xuất bản thay đổi": the pending draft of a published article replaces its live version.</summary>
    public Task<CommandResult> PublishChangesAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, async (article, ct) =>
        {
            if (ArticlePermissions.ToPublishChanges(actor) is { } refusal)
            {
                return refusal;
            }
            if (article.Status != ArticleStatus.Published || article.DraftRevisionId is null)
            {
                return CommandResult.Conflict("Bài không có thay đổi nào đang chờ xuất bản.");
            }
            await ApplyDraftRevisionAsync(article, ct);
            audit.Record(actor, AuditActions.ArticleChangesPublished, nameof(Article), article.Id, article.Title);
            return CommandResult.Ok(article.Id, "Đã xuất bản thay đổi.");
        }, cancellationToken);

    public Task<CommandResult> UnpublishAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, (article, _) =>
        {
            if (ArticlePermissions.ToUnpublish(actor) is { } refusal)
            {
                return refusal;
            }
            if (article.Status != ArticleStatus.Published)
            {
                return CommandResult.Conflict("Bài chưa được xuất bản.");
            }
            article.Status = ArticleStatus.Unpublished;
            audit.Record(actor, AuditActions.ArticleUnpublished, nameof(Article), article.Id, article.Title);
            return CommandResult.Ok(article.Id, "Đã gỡ bài khỏi cổng thông tin.");
        }, cancellationToken);

    /// <summary>Pins a published article as the home page's lead story (the newest pin leads), or unpins it.</summary>
    public Task<CommandResult> PinAsync(int id, bool pinned, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, (article, _) =>
        {
            if (ArticlePermissions.ToUnpublish(actor) is { } refusal)
            {
                return refusal; // the same people who decide what is on the site
            }
            if (pinned && article.Status != ArticleStatus.Published)
            {
                return CommandResult.Conflict("Chỉ ghim được bài đã xuất bản.");
            }
            article.PinnedAtUtc = pinned ? Now : null;
            audit.Record(actor, pinned ? AuditActions.ArticlePinned : AuditActions.ArticleUnpinned, nameof(Article), article.Id, article.Title);
            return CommandResult.Ok(article.Id, pinned ? "Đã ghim bài làm tin nổi bật đầu trang chủ." : "Đã bỏ ghim bài khỏi đầu trang chủ.");
        }, cancellationToken);

    /// <summary>Deleting, for editors: the article goes to the archive and off the site; administrators may purge it.</summary>
    public Task<CommandResult> ArchiveAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, (article, _) =>
        {
            if (ArticlePermissions.ToArchive(actor) is { } refusal)
            {
                return refusal;
            }
            article.Status = ArticleStatus.Archived;
            audit.Record(actor, AuditActions.ArticleArchived, nameof(Article), article.Id, article.Title);
            return CommandResult.Ok(article.Id, "Đã chuyển bài vào lưu trữ.");
        }, cancellationToken);

    public async Task<CommandResult> PurgeAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (ArticlePermissions.ToPurge(actor) is { } refusal)
        {
            return refusal;
        }
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return CommandResult.NotFound();
        }
        if (article.Status != ArticleStatus.Archived)
        {
            return CommandResult.Conflict("Chỉ xoá vĩnh viễn được bài đã lưu trữ.");
        }
        // Other articles' picks of this one don't cascade (ArticleRelatedPickConfiguration): they are deleted with it, and
        // its translation, which points to it, stands alone from now on.
        await UnlinkTranslationOfAsync(article, actor, cancellationToken);
        db.ArticleRelatedPicks.RemoveRange(await db.ArticleRelatedPicks.Where(p => p.RelatedArticleId == id).ToListAsync(cancellationToken));
        db.Articles.Remove(article);
        audit.Record(actor, AuditActions.ArticlePurged, nameof(Article), article.Id, article.Title);
        try
        {
            // One save, one transaction: the row (revisions, redirects, its tags and picks cascade), the picks of it, the audit event.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (StorageFull.IsCauseOf(e))
        {
            return NothingSaved();
        }
        await cache.EvictAsync([CacheTags.Articles], cancellationToken);
        return CommandResult.Ok(0, "Đã xoá vĩnh viễn bài viết.");
    }

    // Loads the article, runs the change, and saves it with its audit event in one transaction. A change that puts new
    // content on the article renders it (ArticleRendering) where it does so; a status change renders nothing.
    private async Task<CommandResult> ChangeAsync(int id, Actor actor,
        Func<Article, CancellationToken, Task<CommandResult>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var article = await db.Articles.Include(a => a.Attachments).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return CommandResult.NotFound();
        }
        var wasPublic = article.Status == ArticleStatus.Published;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        CommandResult result;
        try
        {
            // Inside the try: a change may write on its own (a revision, the redirects of a changed slug).
            result = await change(article, cancellationToken);
            if (!result.Succeeded)
            {
                db.ChangeTracker.Clear();
                return result;
            }
            article.UpdatedAtUtc = Now;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Conflict("Bài viết vừa được người khác thay đổi. Hãy tải lại trang và thử lại.");
        }
        catch (Exception e) when (StorageFull.IsCauseOf(e))
        {
            return NothingSaved(); // the transaction is rolled back as it is disposed: readers keep the article as it was
        }
        var readersSeeIt = wasPublic || article.Status == ArticleStatus.Published;
        if (readersSeeIt)
        {
            await cache.EvictAsync([CacheTags.Articles], cancellationToken);
        }
        return result;
    }

    private Task<CommandResult> ChangeAsync(int id, Actor actor, Func<Article, CancellationToken, CommandResult> change, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, (article, ct) => Task.FromResult(change(article, ct)), cancellationToken);

    // The form's content onto the article: fields, attachments and picks, tags (found or made), and the derived columns.
    private async Task ApplyContentAsync(Article article, ArticleInput input, CancellationToken cancellationToken)
    {
        await _tagging.LoadLinksAsync(article, cancellationToken);
        ArticleRevisions.ApplyContent(article, input);
        await _tagging.ApplyAsync(article, input.Tags, cancellationToken);
        await rendering.RenderAsync(article, cancellationToken);
    }

    /// <summary>How the audit trail words a return: "Lý do: …".</summary>
    public static string ReturnDetails(string reason) => "Lý do: " + reason;

    private static void ClearReturn(Article article)
    {
        article.ReturnReason = null;
        article.ReturnedAtUtc = null;
        article.ReturnedByName = null;
    }

    private async Task ApplyDraftRevisionAsync(Article article, CancellationToken cancellationToken)
    {
        var draft = await db.ArticleRevisions.AsNoTracking().SingleAsync(r => r.Id == article.DraftRevisionId, cancellationToken);
        if (draft.Slug != article.Slug && article.Status == ArticleStatus.Published)
        {
            // The old address keeps answering, with a permanent redirect to the new one.
            db.ArticleSlugRedirects.Add(new ArticleSlugRedirect { OldSlug = article.Slug, ArticleId = article.Id, CreatedAtUtc = Now });
        }
        var language = article.Language; // the other edition's redirects keep their addresses (ADR-017)
        await db.ArticleSlugRedirects.Where(r => r.OldSlug == draft.Slug && r.Article!.Language == language).ExecuteDeleteAsync(cancellationToken);
        article.Title = draft.Title;
        article.Slug = draft.Slug;
        await ApplyContentAsync(article, ArticleRevisions.ToInput(draft), cancellationToken);
        article.DraftRevisionId = null;
    }

}
