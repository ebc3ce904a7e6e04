using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Newsroom;

// The article-level half of the writer (ADR-017): the edition an article belongs to and the translation it is linked to.
// Neither is revisioned content: every save writes them on the article itself, in the save's transaction, with an audit
// event when they change, and a published article's pending draft doesn't hold them back.
public sealed partial class ArticlePublishing
{
    /// <summary>
    /// "Bỏ liên kết bản dịch": the pair the article belongs to, from either side, stands apart again. The link is removed
    /// from the translation, which holds it, by someone who may edit that article.
    /// </summary>
    public async Task<CommandResult> UnlinkTranslationAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var pair = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.TranslationOfId, TranslatedBy = db.Articles.Where(t => t.TranslationOfId == a.Id).Select(t => (int?)t.Id).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (pair is null)
        {
            return CommandResult.NotFound();
        }
        if (pair.TranslationOfId is null && pair.TranslatedBy is null)
        {
            return CommandResult.Conflict("Bài này không liên kết với bản dịch nào.");
        }
        var holderId = pair.TranslationOfId is null ? pair.TranslatedBy!.Value : id;
        var result = await ChangeAsync(holderId, actor, async (holder, ct) =>
        {
            if (ArticlePermissions.ToEdit(holder, actor) is { } refusal)
            {
                return refusal;
            }
            if (holder.TranslationOfId is null)
            {
                return CommandResult.Conflict("Liên kết bản dịch vừa được người khác bỏ.");
            }
            await RecordLinkAsync(holder.Id, holder.TranslationOfId, null, actor, ct);
            holder.TranslationOfId = null;
            return CommandResult.Ok(id, "Đã bỏ liên kết bản dịch: hai bài giờ đứng riêng.");
        }, cancellationToken);
        return result.Succeeded ? result with { Id = id } : result;
    }

    // The form's language and link onto the article, each change in the audit trail; true when the link changed.
    private async Task<bool> ApplyEditionAsync(Article article, ArticleInput input, Actor actor, CancellationToken cancellationToken)
    {
        if (article.Language != input.Language)
        {
            audit.Record(actor, AuditActions.ArticleLanguageChanged, nameof(Article), article.Id,
                $"{ContentLanguage.VietnameseName(article.Language)} → {ContentLanguage.VietnameseName(input.Language)}");
            article.Language = input.Language;
        }
        if (article.TranslationOfId == input.TranslationOfId)
        {
            return false;
        }
        await RecordLinkAsync(article.Id, article.TranslationOfId, input.TranslationOfId, actor, cancellationToken);
        article.TranslationOfId = input.TranslationOfId;
        return true;
    }

    private async Task RecordLinkAsync(int articleId, int? fromId, int? toId, Actor actor, CancellationToken cancellationToken)
    {
        if (fromId == toId)
        {
            return;
        }
        var details = await new ArticleEditions(db).DescribeLinkAsync(fromId, toId, cancellationToken);
        audit.Record(actor, toId is null ? AuditActions.ArticleTranslationUnlinked : AuditActions.ArticleTranslationLinked, nameof(Article), articleId, details);
    }

    // Purging an original: its translation loses the link first, in the purge's transaction (the key doesn't cascade).
    private async Task UnlinkTranslationOfAsync(Article original, Actor actor, CancellationToken cancellationToken)
    {
        foreach (var translation in await db.Articles.Where(a => a.TranslationOfId == original.Id).ToListAsync(cancellationToken))
        {
            translation.TranslationOfId = null;
            audit.Record(actor, AuditActions.ArticleTranslationUnlinked, nameof(Article), translation.Id,
                $"Bỏ liên kết bản dịch với “{original.Title}” (mã {original.Id}): bài gốc đã bị xoá vĩnh viễn");
        }
    }

    // A unique index or key refused the save: somebody linked or took the same thing meanwhile. The form's checks, run
    // again now, say what; else a plain "try again".
    private async Task<CommandResult> RefusedByConstraintAsync(ArticleInput input, int? articleId, CancellationToken cancellationToken)
    {
        var current = articleId is { } id ? await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) : null;
        if (articleId is not null && current is null)
        {
            return CommandResult.NotFound();
        }
        var errors = await new ArticleValidation(db, _slugs).ValidateAsync(input, current, cancellationToken);
        return errors.Count > 0
            ? CommandResult.Invalid(errors)
            : CommandResult.Conflict("Bài chưa được lưu: cùng lúc đó một bài khác vừa nhận cùng đường dẫn hoặc cùng bài gốc. Hãy bấm “Lưu” lại.");
    }
}
