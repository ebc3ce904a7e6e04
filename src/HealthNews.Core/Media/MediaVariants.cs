using HealthNews.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Media;

/// <summary>One step of <see cref="MediaVariants.MakeMissingAsync"/>: which image, and what became of it.</summary>
public sealed record VariantProgress(int Done, int Total, int MediaId, string FileName, string Outcome);

/// <summary>How many images <see cref="MediaVariants.MakeMissingAsync"/> looked at, made variants for, and could not.</summary>
public sealed record VariantSummary(int Checked, int Made, int Failed);

/// <summary>
/// The stored side of image variants (ADR-013): writes a processed image's files under <c>variants/{hash}/</c>, tells
/// whether a set is complete, removes a set no media file uses any more, and makes the sets that are missing or were
/// made by an older recipe (the <c>media-variants</c> command and the sample content).
/// </summary>
public sealed class MediaVariants(HealthNewsDbContext db, IMediaStore store, ImageProcessor processor)
{
    /// <summary>Writes every file of <paramref name="image"/>; returns the keys it wrote (files already there are shared).</summary>
    public async Task<IReadOnlyList<string>> StoreAsync(ProcessedImage image, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        var written = new List<string>();
        try
        {
            foreach (var file in image.Files)
            {
                var key = image.Variants.StorageKey(file.Width, file.Extension);
                if (await store.SaveAtAsync(key, file.Bytes, cancellationToken))
                {
                    written.Add(key);
                }
            }
            return written;
        }
        catch
        {
            await DeleteKeysAsync(written);
            throw;
        }
    }

    public async Task DeleteKeysAsync(IEnumerable<string> keys)
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
            else if (ImageVariants.Parse(image.Variants) is { } current && IsComplete(current))
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
        var written = await StoreAsync(image, cancellationToken);
        var committing = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var media = await db.MediaFiles.SingleAsync(m => m.Id == id, cancellationToken);
            var previous = ImageVariants.Parse(media.Variants);
            (media.Variants, media.Width, media.Height) = (image.Variants.ToString(), image.Width, image.Height);
            await db.SaveChangesAsync(cancellationToken);
            committing = true;
            await transaction.CommitAsync(cancellationToken);
            if (previous is not null && previous.Hash != image.Variants.Hash)
            {
                await DeleteIfUnusedAsync(previous, cancellationToken);
            }
            return null;
        }
        catch when (!committing) // a failed commit may have committed: its variants stay (as in MediaUploads)
        {
            await DeleteKeysAsync(written);
            throw;
        }
    }
}
