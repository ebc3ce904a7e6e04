using HealthNews.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Media;

/// <summary>
/// The stored side of image variants (ADR-013): writes a processed image's files under <c>variants/{hash}/</c>, tells
/// whether a set is complete, removes a set no media file uses any more, and makes the sets that are missing or were
/// made by an older recipe (the <c>media-variants</c> command and the sample content).
/// </summary>
public sealed class MediaVariants(HealthNewsDbContext db, IMediaStore store, ImageProcessor processor)
{
    /// <summary>
    /// Writes every file of <paramref name="image"/> that is not there yet (files already there are shared with the same
    /// picture uploaded before). A failure leaves what was written: removing it could take files from a concurrent
    /// upload of the same picture, and files no row names are only wasted space.
    /// </summary>
    public async Task StoreAsync(ProcessedImage image, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        foreach (var file in image.Files)
        {
            await store.SaveAtAsync(image.Variants.StorageKey(file.Width, file.Extension), file.Bytes, cancellationToken);
        }
    }

    private async Task DeleteKeysAsync(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            await store.DeleteAsync(key, CancellationToken.None);
        }
    }

    /// <summary>Removes the files of a set unless another media file (the same picture uploaded twice) still shows them.</summary>
    public async Task DeleteIfUnusedAsync(ImageVariants? variants, CancellationToken cancellationToken = default)
    {
        if (variants is null)
        {
            return;
        }
        var marker = $":{variants.Hash}:";
        if (!await db.MediaFiles.AnyAsync(m => m.Variants != null && m.Variants.Contains(marker), cancellationToken))
        {
            await DeleteKeysAsync(variants.Files.Select(f => variants.StorageKey(f.Width, f.Extension)));
        }
    }

    /// <summary>Whether every file of the set is in the store.</summary>
    public bool IsComplete(ImageVariants variants)
    {
        ArgumentNullException.ThrowIfNull(variants);
        return variants.Files.All(f => store.Exists(variants.StorageKey(f.Width, f.Extension)));
    }

    /// <summary>
    /// Makes the variants of every image that has none, an incomplete set, or a set of an older recipe; each image in
    /// its own transaction, so a stop leaves the ones done done. Safe to run again: a second run changes nothing.
    /// </summary>
    public async Task<VariantSummary> MakeMissingAsync(Action<VariantProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var images = await db.MediaFiles.AsNoTracking().Where(m => m.ContentType.StartsWith("image/")).OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.FileName, m.ContentType, m.StorageKey, m.Variants }).ToListAsync(cancellationToken);
        int done = 0, made = 0, failed = 0;
        foreach (var image in images)
        {
            done++;
            string outcome;
            if (!ImageProcessor.MakesVariantsOf(image.ContentType))
            {
                outcome = "giữ nguyên (ảnh GIF được phục vụ như khi tải lên)";
            }
            else if (ImageVariants.Parse(image.Variants) is { IsCurrent: true } current && IsComplete(current))
            {
                outcome = "đã đủ";
            }
            else
            {
                var problem = await MakeAsync(image.Id, image.StorageKey, image.ContentType, cancellationToken);
                (made, failed, outcome) = problem is null ? (made + 1, failed, "đã tạo") : (made, failed + 1, "không tạo được: " + problem);
            }
            progress?.Invoke(new VariantProgress(done, images.Count, image.Id, image.FileName, outcome));
        }
        return new VariantSummary(done, made, failed);
    }

    // The new set is stored before the row names it; a superseded set is left where it is, since stored article bodies and
    // cached pages may still show it (ADR-013).
    private async Task<string?> MakeAsync(int id, string storageKey, string contentType, CancellationToken cancellationToken)
    {
        await using var original = store.OpenRead(storageKey);
        if (original is null)
        {
            return "tệp gốc không còn trong kho";
        }
        using var buffer = new MemoryStream();
        await original.CopyToAsync(buffer, cancellationToken);
        var processing = await processor.ProcessAsync(buffer.ToArray(), contentType, cancellationToken);
        if (processing.Image is not { } image)
        {
            return processing.Problem;
        }
        await StoreAsync(image, cancellationToken);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var media = await db.MediaFiles.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (media is null)
            {
                await DeleteIfUnusedAsync(image.Variants, CancellationToken.None);
                return "tệp đã bị xoá trong lúc chạy";
            }
            (media.Variants, media.Width, media.Height) = (image.Variants.ToString(), image.Width, image.Height);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await EnsureStoredAsync(image);
        return null;
    }

    /// <summary>
    /// After the row that names a set has committed: stores again any file of it that a concurrent deletion of the same
    /// picture removed meanwhile (the bytes are still in memory), so no row is left naming files that are gone.
    /// </summary>
    public async Task EnsureStoredAsync(ProcessedImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (!IsComplete(image.Variants))
        {
            await StoreAsync(image, CancellationToken.None);
        }
    }
}
