using System.Globalization;
using HealthNews.Core.Audit;
using HealthNews.Core.Caching;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthNews.Core.Newsroom;

/// <summary>
/// Every write to an article goes through here: drafts, review, publishing, scheduling, unpublishing, archiving,
/// revisions and slug redirects. Each command checks who may do it, records a revision or an audit event, and saves
/// it all in one transaction. A published article's edits wait in a draft revision until "Xuất bản thay đổi".
/// </summary>
public sealed class ArticlePublishing(HealthNewsDbContext db, AuditLog audit, TimeProvider clock, IOptions<NewsroomOptions> options, IPublicCache cache)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<CommandResult> CreateAsync(ArticleInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsStaffWriter)
        {
            return CommandResult.Forbidden("Bạn không có quyền viết bài.");
        }
        var errors = await ValidateAsync(input, null, cancellationToken);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }
        var article = new Article
        {
            Title = input.Title.Trim(),
            Slug = await ChooseSlugAsync(input, null, cancellationToken),
            AuthorId = actor.UserId,
            AuthorName = actor.DisplayName,
            Status = ArticleStatus.Draft,
            CreatedAtUtc = Now,
            UpdatedAtUtc = Now,
        };
        Apply(article, input);
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        db.ArticleRevisions.Add(NewRevision(article, 1, input, article.Slug, "Tạo bài", actor));
        audit.Record(actor, AuditActions.ArticleCreated, nameof(Article), article.Id, article.Title);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(article.Id, "Đã tạo bài viết.");
    }

    /// <summary>
    /// Saves the form. A published article keeps its live version; the input becomes its pending draft. The save is
    /// refused when <paramref name="expectedStamp"/> shows that somebody else saved in between.
    /// </summary>
    public async Task<CommandResult> SaveAsync(int id, ArticleInput input, Guid expectedStamp, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var article = await db.Articles.Include(a => a.Attachments).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return CommandResult.NotFound();
        }
        if (CanEdit(article, actor) is { } refusal)
        {
            return refusal;
        }
        if (article.ConcurrencyStamp != expectedStamp)
        {
            return await ConflictAsync(article, cancellationToken);
        }
        var errors = await ValidateAsync(input, article.Id, cancellationToken);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }

        var slug = await ChooseSlugAsync(input, article, cancellationToken);
        var isLive = article.Status == ArticleStatus.Published;
        var revision = NewRevision(article, await NextRevisionNumberAsync(article.Id, cancellationToken), input, slug,
            isLive ? "Lưu thay đổi chờ xuất bản" : "Lưu bản nháp", actor);
        db.ArticleRevisions.Add(revision);
        if (!isLive)
        {
            article.Title = input.Title.Trim();
            article.Slug = slug;
            Apply(article, input);
        }
        article.UpdatedAtUtc = Now;
        db.Entry(article).Property(a => a.ConcurrencyStamp).OriginalValue = expectedStamp;
        audit.Record(actor, AuditActions.ArticleSaved, nameof(Article), article.Id, isLive ? "Bản nháp thay đổi của bài đang xuất bản" : "");

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
        return CommandResult.Ok(article.Id, isLive
            ? "Đã lưu. Bài đang xuất bản chưa thay đổi cho đến khi bạn bấm “Xuất bản thay đổi”."
            : "Đã lưu bản nháp.");
    }

    public Task<CommandResult> SubmitAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, (article, _) =>
        {
            if (CanEdit(article, actor) is { } refusal)
            {
                return refusal;
            }
            if (article.Status is not (ArticleStatus.Draft or ArticleStatus.Unpublished))
            {
                return CommandResult.Conflict("Chỉ gửi duyệt được bài đang là bản nháp.");
            }
            article.Status = ArticleStatus.InReview;
            article.SubmittedById = actor.UserId;
            audit.Record(actor, AuditActions.ArticleSubmitted, nameof(Article), article.Id, article.Title);
            return CommandResult.Ok(article.Id, "Đã gửi bài chờ duyệt.");
        }, cancellationToken);

    public Task<CommandResult> ReturnToDraftAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, (article, _) =>
        {
            if (!actor.CanPublish)
            {
                return CommandResult.Forbidden("Chỉ biên tập viên mới trả lại bài.");
            }
            if (article.Status != ArticleStatus.InReview)
            {
                return CommandResult.Conflict("Chỉ trả lại được bài đang chờ duyệt.");
            }
            article.Status = ArticleStatus.Draft;
            audit.Record(actor, AuditActions.ArticleReturned, nameof(Article), article.Id, article.Title);
            return CommandResult.Ok(article.Id, "Đã trả bài về bản nháp.");
        }, cancellationToken);

    /// <summary>Publishes now, or schedules when <paramref name="publishAtUtc"/> lies in the future.</summary>
    public Task<CommandResult> PublishAsync(int id, DateTime? publishAtUtc, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, async (article, ct) =>
        {
            if (!actor.CanPublish)
            {
                return CommandResult.Forbidden("Phóng viên không được xuất bản bài; hãy gửi bài chờ biên tập viên duyệt.");
            }
            if (options.Value.FourEyes && article.SubmittedById is not null && article.SubmittedById == actor.UserId)
            {
                return CommandResult.Forbidden("Theo quy định hai người duyệt, bạn không thể tự xuất bản bài do chính mình gửi duyệt.");
            }
            if (article.Status == ArticleStatus.Archived)
            {
                return CommandResult.Conflict("Bài đã lưu trữ; hãy khôi phục trước khi xuất bản.");
            }
            if (article.DraftRevisionId is not null)
            {
                await ApplyDraftRevisionAsync(article, ct);
            }
            var when = publishAtUtc ?? Now;
            var scheduled = when > Now;
            article.Status = ArticleStatus.Published;
            article.PublishedAtUtc = when;
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
            if (!actor.CanPublish)
            {
                return CommandResult.Forbidden("Phóng viên không được xuất bản thay đổi.");
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
            if (!actor.CanPublish)
            {
                return CommandResult.Forbidden("Chỉ biên tập viên mới gỡ bài.");
            }
            if (article.Status != ArticleStatus.Published)
            {
                return CommandResult.Conflict("Bài chưa được xuất bản.");
            }
            article.Status = ArticleStatus.Unpublished;
            audit.Record(actor, AuditActions.ArticleUnpublished, nameof(Article), article.Id, article.Title);
            return CommandResult.Ok(article.Id, "Đã gỡ bài khỏi cổng thông tin.");
        }, cancellationToken);

    /// <summary>Deleting, for editors: the article goes to the archive and off the site; administrators may purge it.</summary>
    public Task<CommandResult> ArchiveAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, (article, _) =>
        {
            if (!actor.CanPublish)
            {
                return CommandResult.Forbidden("Chỉ biên tập viên mới xoá (lưu trữ) bài.");
            }
            article.Status = ArticleStatus.Archived;
            audit.Record(actor, AuditActions.ArticleArchived, nameof(Article), article.Id, article.Title);
            return CommandResult.Ok(article.Id, "Đã chuyển bài vào lưu trữ.");
        }, cancellationToken);

    public async Task<CommandResult> PurgeAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            return CommandResult.Forbidden("Chỉ quản trị viên mới xoá vĩnh viễn bài viết.");
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
        db.Articles.Remove(article);
        audit.Record(actor, AuditActions.ArticlePurged, nameof(Article), article.Id, article.Title);
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync([CacheTags.Articles], cancellationToken);
        return CommandResult.Ok(0, "Đã xoá vĩnh viễn bài viết.");
    }

    /// <summary>Copies an old revision into the draft; it reaches the site only when published like any other change.</summary>
    public Task<CommandResult> RestoreRevisionAsync(int id, int revisionId, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, async (article, ct) =>
        {
            if (CanEdit(article, actor) is { } refusal)
            {
                return refusal;
            }
            var old = await db.ArticleRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.Id == revisionId && r.ArticleId == id, ct);
            if (old is null)
            {
                return CommandResult.NotFound();
            }
            var input = ToInput(old);
            var slug = await ChooseSlugAsync(input, article, ct);
            var revision = NewRevision(article, await NextRevisionNumberAsync(article.Id, ct), input, slug,
                $"Khôi phục từ phiên bản {old.Number}", actor);
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
                Apply(article, input);
            }
            audit.Record(actor, AuditActions.ArticleRevisionRestored, nameof(Article), article.Id, $"Phiên bản {old.Number}");
            return CommandResult.Ok(article.Id, article.Status == ArticleStatus.Published
                ? $"Đã đưa phiên bản {old.Number} vào bản nháp. Bấm “Xuất bản thay đổi” để đưa lên cổng thông tin."
                : $"Đã khôi phục phiên bản {old.Number} vào bản nháp.");
        }, cancellationToken);

    /// <summary>Null when <paramref name="actor"/> may edit the article; otherwise why not.</summary>
    public static CommandResult? CanEdit(Article article, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.CanPublish)
        {
            return null;
        }
        if (!actor.IsStaffWriter || article.AuthorId != actor.UserId)
        {
            return CommandResult.Forbidden("Phóng viên chỉ sửa được bài của chính mình.");
        }
        return article.Status is ArticleStatus.Draft or ArticleStatus.InReview or ArticleStatus.Unpublished
            ? null
            : CommandResult.Forbidden("Bài đã xuất bản hoặc lưu trữ; chỉ biên tập viên mới sửa được.");
    }

    // Loads the article, runs the change, and saves it with its audit event in one transaction.
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
        var result = await change(article, cancellationToken);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            return result;
        }
        article.UpdatedAtUtc = Now;
        var readersSeeIt = wasPublic || article.Status == ArticleStatus.Published;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Conflict("Bài viết vừa được người khác thay đổi. Hãy tải lại trang và thử lại.");
        }
        if (readersSeeIt)
        {
            await cache.EvictAsync([CacheTags.Articles], cancellationToken);
        }
        return result;
    }

    private Task<CommandResult> ChangeAsync(int id, Actor actor, Func<Article, CancellationToken, CommandResult> change, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, (article, ct) => Task.FromResult(change(article, ct)), cancellationToken);

    private async Task ApplyDraftRevisionAsync(Article article, CancellationToken cancellationToken)
    {
        var draft = await db.ArticleRevisions.AsNoTracking().SingleAsync(r => r.Id == article.DraftRevisionId, cancellationToken);
        var input = ToInput(draft);
        if (draft.Slug != article.Slug && article.Status == ArticleStatus.Published)
        {
            // The old address keeps answering, with a permanent redirect to the new one.
            db.ArticleSlugRedirects.Add(new ArticleSlugRedirect { OldSlug = article.Slug, ArticleId = article.Id, CreatedAtUtc = Now });
        }
        await db.ArticleSlugRedirects.Where(r => r.OldSlug == draft.Slug).ExecuteDeleteAsync(cancellationToken);
        article.Title = draft.Title;
        article.Slug = draft.Slug;
        Apply(article, input);
        article.DraftRevisionId = null;
    }

    private static void Apply(Article article, ArticleInput input)
    {
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
    }

    private ArticleRevision NewRevision(Article article, int number, ArticleInput input, string slug, string note, Actor actor) => new()
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
        AttachmentIds = string.Join(',', input.AttachmentIds.Distinct().Select(i => i.ToString(CultureInfo.InvariantCulture))),
        Note = note,
        CreatedById = actor.UserId,
        CreatedByName = actor.DisplayName,
        CreatedAtUtc = Now,
    };

    public static ArticleInput ToInput(ArticleRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return new ArticleInput(revision.Title, revision.Slug, revision.Summary, revision.Body, revision.CategoryId, revision.FeaturedImageId,
            revision.FeaturedImageAlt, revision.FeaturedImageCaption, revision.SeoDescription,
            revision.AttachmentIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList());
    }

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

    private async Task<Dictionary<string, string>> ValidateAsync(ArticleInput input, int? articleId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors[nameof(ArticleInput.Title)] = "Vui lòng nhập tiêu đề.";
        }
        else if (input.Title.Trim().Length > 500)
        {
            errors[nameof(ArticleInput.Title)] = "Tiêu đề không được dài quá 500 ký tự.";
        }
        if ((input.Summary?.Length ?? 0) > 2000)
        {
            errors[nameof(ArticleInput.Summary)] = "Tóm tắt không được dài quá 2000 ký tự.";
        }
        if ((input.SeoDescription?.Length ?? 0) > 300)
        {
            errors[nameof(ArticleInput.SeoDescription)] = "Mô tả SEO không được dài quá 300 ký tự.";
        }
        if (!await db.Categories.AnyAsync(c => c.Id == input.CategoryId, cancellationToken))
        {
            errors[nameof(ArticleInput.CategoryId)] = "Vui lòng chọn chuyên mục.";
        }
        if (input.FeaturedImageId is { } imageId)
        {
            if (!await db.MediaFiles.AnyAsync(m => m.Id == imageId && m.ContentType.StartsWith("image/"), cancellationToken))
            {
                errors[nameof(ArticleInput.FeaturedImageId)] = "Ảnh đại diện không tồn tại trong thư viện.";
            }
            else if (string.IsNullOrWhiteSpace(input.FeaturedImageAlt))
            {
                errors[nameof(ArticleInput.FeaturedImageAlt)] = "Ảnh đại diện cần có mô tả (alt) cho người không xem được ảnh.";
            }
        }
        var attachments = input.AttachmentIds.Distinct().ToList();
        if (attachments.Count > 0 && await db.MediaFiles.CountAsync(m => attachments.Contains(m.Id), cancellationToken) != attachments.Count)
        {
            errors[nameof(ArticleInput.AttachmentIds)] = "Có tệp đính kèm không còn trong thư viện.";
        }
        if (!string.IsNullOrWhiteSpace(input.Slug))
        {
            var slug = VietnameseText.Slugify(input.Slug);
            if (await SlugTakenAsync(slug, articleId, cancellationToken))
            {
                errors[nameof(ArticleInput.Slug)] = $"Đường dẫn “{slug}” đã được dùng cho bài khác.";
            }
        }
        return errors;
    }

    // A slug typed by the editor is normalised and must be free; one made from the title takes the next free number.
    private async Task<string> ChooseSlugAsync(ArticleInput input, Article? article, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(input.Slug))
        {
            return VietnameseText.Slugify(input.Slug);
        }
        if (article is not null && (article.Status == ArticleStatus.Published || article.PublishedAtUtc is not null))
        {
            return article.Slug; // once public, an address changes only when an editor changes it on purpose
        }
        var baseSlug = VietnameseText.Slugify(input.Title);
        for (var attempt = 1; ; attempt++)
        {
            var candidate = VietnameseText.SlugCandidate(baseSlug, attempt);
            if (!await SlugTakenAsync(candidate, article?.Id, cancellationToken))
            {
                return candidate;
            }
        }
    }

    private async Task<bool> SlugTakenAsync(string slug, int? articleId, CancellationToken cancellationToken) =>
        await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != articleId, cancellationToken)
        || await db.ArticleSlugRedirects.AnyAsync(r => r.OldSlug == slug && r.ArticleId != articleId, cancellationToken)
        || await db.ArticleRevisions.AnyAsync(r => r.Slug == slug && r.ArticleId != articleId
            && db.Articles.Any(a => a.Id == r.ArticleId && a.DraftRevisionId == r.Id), cancellationToken);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
