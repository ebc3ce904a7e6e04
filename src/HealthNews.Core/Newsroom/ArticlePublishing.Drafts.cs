using HealthNews.Core.Audit;
using HealthNews.Core.Caching;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Newsroom;

// The editing half of the writer: creating an article, saving the form (a published article's edits wait in a draft
// revision) and restoring an old revision. The workflow half (review, publishing, archiving) is in ArticlePublishing.cs.
public sealed partial class ArticlePublishing
{
    public async Task<CommandResult> CreateAsync(ArticleInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (ArticlePermissions.ToCreate(actor) is { } refusal)
        {
            return refusal;
        }
        var errors = await new ArticleValidation(db, _slugs).ValidateAsync(input, null, cancellationToken);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }
        var article = new Article
        {
            Title = input.Title.Trim(),
            Slug = await _slugs.ChooseAsync(input, input.Language, null, cancellationToken),
            Language = input.Language,
            TranslationOfId = input.TranslationOfId,
            AuthorId = actor.UserId,
            AuthorName = actor.DisplayName,
            Status = ArticleStatus.Draft,
            CreatedAtUtc = Now,
            UpdatedAtUtc = Now,
        };
        await ApplyContentAsync(article, input, cancellationToken);

        // The article, its first revision and the audit events: all or nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            db.Articles.Add(article);
            await db.SaveChangesAsync(cancellationToken);
            db.ArticleRevisions.Add(ArticleRevisions.NewRevision(article, 1, input, article.Slug, "Tạo bài", actor, Now));
            audit.Record(actor, AuditActions.ArticleCreated, nameof(Article), article.Id,
                article.Language == ContentLanguage.Vietnamese ? article.Title : $"{article.Title} ({ContentLanguage.VietnameseName(article.Language)})");
            await RecordLinkAsync(article.Id, null, article.TranslationOfId, actor, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (ConstraintViolation.IsCauseOf(e))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await RefusedByConstraintAsync(input, null, cancellationToken);
        }
        catch (Exception e) when (StorageFull.IsCauseOf(e))
        {
            return NothingSaved();
        }
        return CommandResult.Ok(article.Id, "Đã tạo bài viết.");
    }

    /// <summary>
    /// Saves the form. A published article keeps its live version; the input becomes its pending draft. The save is
    /// refused when <paramref name="expectedStamp"/> shows that somebody else saved in between.
    /// </summary>
    public Task<CommandResult> SaveAsync(int id, ArticleInput input, Guid expectedStamp, Actor actor, CancellationToken cancellationToken = default) =>
        SaveAsync(id, input, expectedStamp, actor, autosave: false, cancellationToken);

    /// <summary>The note of a revision the editor saved by itself.</summary>
    public const string AutosaveNote = "Tự động lưu";

    /// <summary>
    /// The editor's own save while someone types: the same checks and the same place as <see cref="SaveAsync(int, ArticleInput, Guid, Actor, CancellationToken)"/>
    /// (the draft, never the live version; refused when someone else saved meanwhile), but while nothing else happens to
    /// the article, one autosave revision per person is brought up to date instead of a new one every 30 seconds. The
    /// result carries the article's new concurrency stamp, for the form's next save.
    /// </summary>
    public Task<CommandResult> AutosaveAsync(int id, ArticleInput input, Guid expectedStamp, Actor actor, CancellationToken cancellationToken = default) =>
        SaveAsync(id, input, expectedStamp, actor, autosave: true, cancellationToken);

    private async Task<CommandResult> SaveAsync(int id, ArticleInput input, Guid expectedStamp, Actor actor, bool autosave, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = Now; // one instant for the revision and the article, so the next autosave knows nothing came between
        ArgumentNullException.ThrowIfNull(actor);
        var article = await db.Articles.Include(a => a.Attachments).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return CommandResult.NotFound();
        }
        if (ArticlePermissions.ToEdit(article, actor) is { } refusal)
        {
            return refusal;
        }
        if (article.ConcurrencyStamp != expectedStamp)
        {
            return await ConflictAsync(article, cancellationToken);
        }
        var errors = await new ArticleValidation(db, _slugs).ValidateAsync(input, article, cancellationToken);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        var slug = await _slugs.ChooseAsync(input, input.Language, article, cancellationToken);
        var isLive = article.Status == ArticleStatus.Published;
        var note = autosave ? AutosaveNote : isLive ? "Lưu thay đổi chờ xuất bản" : "Lưu bản nháp";
        var revision = ArticleRevisions.NewRevision(article, await NextRevisionNumberAsync(article.Id, cancellationToken), input, slug, note, actor, now);
        var ongoing = autosave ? await OngoingAutosaveAsync(article, actor, cancellationToken) : null;
        if (ongoing is null)
        {
            db.ArticleRevisions.Add(revision);
        }
        else
        {
            revision.Id = ongoing.Id;
            revision.Number = ongoing.Number;
            db.Entry(ongoing).CurrentValues.SetValues(revision);
            revision = ongoing;
        }
        if (!isLive)
        {
            article.Title = input.Title.Trim();
            article.Slug = slug;
            await ApplyContentAsync(article, input, cancellationToken);
        }
        var linkChanged = await ApplyEditionAsync(article, input, actor, cancellationToken); // article-level: also on a live article
        article.UpdatedAtUtc = now;
        db.Entry(article).Property(a => a.ConcurrencyStamp).OriginalValue = expectedStamp;
        if (ongoing is null)
        {
            audit.Record(actor, AuditActions.ArticleSaved, nameof(Article), article.Id,
                (autosave ? AutosaveNote + ". " : "") + (isLive ? "Bản nháp thay đổi của bài đang xuất bản" : ""));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (isLive)
            {
                article.DraftRevisionId = revision.Id;
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var current = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            return current is null ? CommandResult.NotFound() : await ConflictAsync(current, cancellationToken);
        }
        catch (DbUpdateException e) when (ConstraintViolation.IsCauseOf(e))
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await RefusedByConstraintAsync(input, id, cancellationToken);
        }
        catch (Exception e) when (StorageFull.IsCauseOf(e))
        {
            return NothingSaved(); // the revision, the article's new content and the audit event are all left unwritten
        }
        if (linkChanged && isLive)
        {
            await cache.EvictAsync([CacheTags.Articles], cancellationToken); // the language switch of both articles' pages
        }
        return CommandResult.Ok(article.Id, isLive
            ? "Đã lưu. Bài đang xuất bản chưa thay đổi cho đến khi bạn bấm “Xuất bản thay đổi”."
            : "Đã lưu bản nháp.") with { Stamp = article.ConcurrencyStamp };
    }

    /// <summary>This person's autosave revision, when it is the newest and nothing has happened to the article since.</summary>
    private async Task<ArticleRevision?> OngoingAutosaveAsync(Article article, Actor actor, CancellationToken cancellationToken)
    {
        var newest = await db.ArticleRevisions.Where(r => r.ArticleId == article.Id).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        var stillDraft = article.Status != ArticleStatus.Published || article.DraftRevisionId == newest?.Id;
        return newest is { Note: AutosaveNote } && newest.CreatedById == actor.UserId && newest.CreatedAtUtc >= article.UpdatedAtUtc && stillDraft
            ? newest
            : null;
    }

    /// <summary>Copies an old revision into the draft; it reaches the site only when published like any other change.</summary>
    public Task<CommandResult> RestoreRevisionAsync(int id, int revisionId, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, async (article, ct) =>
        {
            if (ArticlePermissions.ToEdit(article, actor) is { } refusal)
            {
                return refusal;
            }
            var old = await db.ArticleRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == revisionId && r.ArticleId == id, ct);
            if (old is null)
            {
                return CommandResult.NotFound();
            }
            // Revisions hold the content only: the article keeps its language and translation link.
            var input = ArticleRevisions.ToInput(old);
            var slug = await _slugs.ChooseAsync(input, article.Language, article, ct);
            var revision = ArticleRevisions.NewRevision(article, await NextRevisionNumberAsync(article.Id, ct), input, slug,
                $"Khôi phục từ phiên bản {old.Number}", actor, Now);
            db.ArticleRevisions.Add(revision);
            if (article.Status == ArticleStatus.Published)
            {
                await db.SaveChangesAsync(ct);
                article.DraftRevisionId = revision.Id;
            }
            else
            {
                article.Title = input.Title;
                article.Slug = slug;
                await ApplyContentAsync(article, input, ct);
            }
            audit.Record(actor, AuditActions.ArticleRevisionRestored, nameof(Article), article.Id, $"Phiên bản {old.Number}");
            return CommandResult.Ok(article.Id, article.Status == ArticleStatus.Published
                ? $"Đã đưa phiên bản {old.Number} vào bản nháp. Bấm “Xuất bản thay đổi” để đưa lên cổng thông tin."
                : $"Đã khôi phục phiên bản {old.Number} vào bản nháp.");
        }, cancellationToken);

    private async Task<int> NextRevisionNumberAsync(int articleId, CancellationToken cancellationToken) =>
        (await db.ArticleRevisions.Where(r => r.ArticleId == articleId).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0) + 1;

    private async Task<CommandResult> ConflictAsync(Article current, CancellationToken cancellationToken)
    {
        var last = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == current.Id)
            .OrderByDescending(r => r.Number).Select(r => new { r.CreatedByName, r.CreatedAtUtc }).FirstOrDefaultAsync(cancellationToken);
        var who = last is null ? "Một người khác" : $"{last.CreatedByName} ({VietnamTime.ListingDateLine(last.CreatedAtUtc)})";
        return CommandResult.Conflict(
            $"{who} đã lưu bài này sau khi bạn mở nó. Nội dung bạn nhập vẫn còn bên dưới và chưa được lưu: hãy mở bài trong thẻ mới, " +
            "so sánh, rồi chép phần của bạn vào bản mới nhất.");
    }

    // A full disk (StorageFull): the transaction rolls back, and what this context was about to write is forgotten.
    private CommandResult NothingSaved()
    {
        db.ChangeTracker.Clear();
        return CommandResult.StorageFull("bài");
    }
}
