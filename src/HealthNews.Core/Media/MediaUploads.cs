using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthNews.Core.Media;

/// <summary>Uploads, lists and deletes media, checking files by content and recording each change in the audit trail.</summary>
public sealed class MediaUploads(
    HealthNewsDbContext db, IMediaStore store, AuditLog audit, TimeProvider clock, IOptions<MediaOptions> options, ImageProcessor images, MediaVariants variants)
{
    public const int PageSize = 30;

    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public async Task<CommandResult> UploadAsync(Stream content, string fileName, long length, string? altText, string? caption, Actor actor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsStaffWriter)
        {
            return CommandResult.Forbidden("Bạn không có quyền tải tệp lên.");
        }
        if (length <= 0)
        {
            return CommandResult.Invalid("File", "Tệp rỗng (0 byte); hãy chọn lại tệp.");
        }
        if (length > MaxUploadBytes)
        {
            return CommandResult.Invalid("File", $"Tệp lớn {FileSizes.Format(length)}, vượt giới hạn {FileSizes.Format(MaxUploadBytes)}.");
        }

        // Read into memory (bounded by the limit above) so that the checked bytes are exactly the stored bytes.
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length != length || buffer.Length == 0)
        {
            return CommandResult.Invalid("File", "Tệp tải lên không trọn vẹn; hãy thử lại.");
        }
        buffer.Position = 0;
        var type = FileTypeDetector.Detect(buffer, Path.GetExtension(fileName ?? ""));
        if (type is null)
        {
            return CommandResult.Invalid("File",
                "Nội dung tệp không phải là ảnh (JPG, PNG, WebP, GIF) hay tài liệu (PDF, Word, Excel, PowerPoint, ZIP) được chấp nhận. " +
                "Tệp SVG, HTML và tệp chạy được không được phép.");
        }
        if (type.IsImage && string.IsNullOrWhiteSpace(altText))
        {
            return CommandResult.Invalid("AltText", "Ảnh cần có mô tả (alt) cho người không xem được ảnh.");
        }
        if (altText?.Trim().Length is > FieldLimits.Media.AltText and var altLength)
        {
            return CommandResult.Invalid("AltText", $"Mô tả ảnh (alt) không được dài quá {FieldLimits.Media.AltText} ký tự (hiện có {altLength}).");
        }
        if (caption?.Trim().Length is > FieldLimits.Media.Caption and var captionLength)
        {
            return CommandResult.Invalid("Caption", $"Chú thích không được dài quá {FieldLimits.Media.Caption} ký tự (hiện có {captionLength}).");
        }

        var displayName = FileTypeDetector.DisplayName(fileName, type);
        var size = type.IsImage ? FileTypeDetector.ImageSize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) : null;
        // Readers get resized copies without metadata (ADR-013); an image that can't be made into them is not stored.
        ProcessedImage? processed = null;
        if (ImageProcessor.MakesVariantsOf(type.ContentType))
        {
            var processing = await images.ProcessAsync(buffer.ToArray(), type.ContentType, cancellationToken);
            if (processing.Image is null)
            {
                return CommandResult.Invalid("File", processing.Problem!);
            }
            processed = processing.Image;
        }
        buffer.Position = 0;
        var key = await store.SaveAsync(buffer, displayName, cancellationToken);
        IReadOnlyList<string> variantKeys = [];
        var committing = false;
        try
        {
            variantKeys = processed is null ? [] : await variants.StoreAsync(processed, cancellationToken);
            var media = new MediaFile
            {
                FileName = displayName,
                ContentType = type.ContentType,
                SizeBytes = buffer.Length,
                AltText = string.IsNullOrWhiteSpace(altText) ? null : altText.Trim(),
                Caption = string.IsNullOrWhiteSpace(caption) ? null : caption.Trim(),
                StorageKey = key,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                Width = processed?.Width ?? size?.Width,
                Height = processed?.Height ?? size?.Height,
                Variants = processed?.Variants.ToString(),
            };
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.MediaFiles.Add(media);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(actor, AuditActions.MediaUploaded, nameof(MediaFile), media.Id, $"{displayName} ({type.ContentType}, {FileSizes.Format(media.SizeBytes)})");
            await db.SaveChangesAsync(cancellationToken);
            committing = true;
            await transaction.CommitAsync(cancellationToken);
            return CommandResult.Ok(media.Id, $"Đã tải lên “{displayName}”.");
        }
        // Bytes no row names are removed, but not after a failed commit: the database may have committed before the
        // connection broke (its server crashed), and a library row without its bytes is worse than a file nobody lists.
        catch when (!committing)
        {
            await store.DeleteAsync(key, CancellationToken.None);
            await variants.DeleteKeysAsync(variantKeys);
            throw;
        }
    }

    /// <summary>Deletes a file unless a published article shows it (as featured image, in its body or as an attachment).</summary>
    public async Task<CommandResult> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.CanPublish)
        {
            return CommandResult.Forbidden("Chỉ biên tập viên mới xoá tệp trong thư viện.");
        }
        var media = await db.MediaFiles.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (media is null)
        {
            return CommandResult.NotFound();
        }
        var marker = MediaUrls.PathOf(id);
        var usedBy = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published)
            .Where(a => a.FeaturedImageId == id || a.Body.Contains(marker) || a.Attachments.Any(x => x.MediaFileId == id))
            .Select(a => a.Title).Take(3).ToListAsync(cancellationToken);
        if (usedBy.Count > 0)
        {
            return CommandResult.Conflict($"Không xoá được: tệp đang được dùng trong bài đã xuất bản “{string.Join("”, “", usedBy)}”.");
        }
        if (await db.ArticleAttachments.AnyAsync(x => x.MediaFileId == id, cancellationToken))
        {
            return CommandResult.Conflict("Không xoá được: tệp đang được đính kèm vào một bài chưa xuất bản; hãy gỡ khỏi bài trước.");
        }
        db.MediaFiles.Remove(media);
        audit.Record(actor, AuditActions.MediaDeleted, nameof(MediaFile), id, media.FileName);
        await db.SaveChangesAsync(cancellationToken);
        await store.DeleteAsync(media.StorageKey, cancellationToken);
        await variants.DeleteIfUnusedAsync(ImageVariants.Parse(media.Variants), cancellationToken);
        return CommandResult.Ok(0, $"Đã xoá “{media.FileName}”.");
    }

    public Task<PagedList<MediaRow>> ListAsync(string? query, int page, CancellationToken cancellationToken = default) =>
        ListAsync(query, page, imagesOnly: false, cancellationToken);

    /// <summary>The library, newest first, 30 a page; searched in names, descriptions and captions; images only when asked.</summary>
    public async Task<PagedList<MediaRow>> ListAsync(string? query, int page, bool imagesOnly, CancellationToken cancellationToken = default)
    {
        var files = db.MediaFiles.AsNoTracking();
        if (imagesOnly)
        {
            files = files.Where(m => m.ContentType.StartsWith("image/"));
        }
        if (!string.IsNullOrWhiteSpace(query))
        {
            var term = query.Trim();
            files = files.Where(m => m.FileName.Contains(term) || (m.AltText != null && m.AltText.Contains(term)) || (m.Caption != null && m.Caption.Contains(term)));
        }
        page = Math.Max(1, page);
        var total = await files.CountAsync(cancellationToken);
        var rows = await files.OrderByDescending(m => m.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new MediaRow(m.Id, m.FileName, m.ContentType, m.SizeBytes, m.AltText, m.Caption, m.CreatedAtUtc, m.Width, m.Height, m.Variants))
            .ToListAsync(cancellationToken);
        return new PagedList<MediaRow>(rows, page, PageSize, total);
    }

    public Task<MediaRow?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        db.MediaFiles.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new MediaRow(m.Id, m.FileName, m.ContentType, m.SizeBytes, m.AltText, m.Caption, m.CreatedAtUtc, m.Width, m.Height, m.Variants))
            .SingleOrDefaultAsync(cancellationToken);
}
