using HealthNews.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Media;

/// <summary>The stored images a Markdown body shows, looked up for the renderer: figures carry width, height and variants.</summary>
public static class ImageSizes
{
    /// <summary>The stored images a Markdown body shows, by media id.</summary>
    public static Task<IReadOnlyDictionary<int, StoredImage>> ImageSizesAsync(
        this HealthNewsDbContext db, string? markdown, CancellationToken cancellationToken = default) =>
        db.ImageSizesAsync(MediaUrls.IdsIn(markdown), cancellationToken);

    /// <summary>The given stored images, by media id (files that are not images are left out).</summary>
    public static async Task<IReadOnlyDictionary<int, StoredImage>> ImageSizesAsync(
        this HealthNewsDbContext db, IEnumerable<int> mediaIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = mediaIds.Distinct().ToList();
        return ids.Count == 0 ? new Dictionary<int, StoredImage>()
            : (await Images.For(db)(db, ids).ToListAsync(cancellationToken))
                .ToDictionary(m => m.Id, m => new StoredImage(m.Id, m.FileName, m.Width, m.Height, ImageVariants.Parse(m.Variants)));
    }

    /// <summary>For the Markdown renderer: a stored image's figure, from its portal address and alt text, as a picture of its variants.</summary>
    public static Func<string, string, string?> ImageLookup(this IReadOnlyDictionary<int, StoredImage> images) =>
        (url, alt) => MediaUrls.IdFrom(url) is { } id && images.TryGetValue(id, out var image)
            ? Picture.Html(image, alt, ImageSlots.Main, ImageLoading.Lazy)
            : null;

    private static readonly CompiledQuery<Func<HealthNewsDbContext, List<int>, IAsyncEnumerable<ImageRow>>> Images =
        new(() => EF.CompileAsyncQuery((HealthNewsDbContext db, List<int> ids) =>
            db.MediaFiles.AsNoTracking()
                .Where(m => ids.Contains(m.Id) && m.ContentType.StartsWith("image/"))
                .Select(m => new ImageRow(m.Id, m.FileName, m.Width, m.Height, m.Variants))));

    private sealed record ImageRow(int Id, string FileName, int? Width, int? Height, string? Variants);
}
