using HealthNews.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Media;

/// <summary>The sizes of stored images, looked up for the Markdown renderer so that figures carry width and height.</summary>
public static class ImageSizes
{
    /// <summary>Width and height of the stored images a Markdown body shows, by media id.</summary>
    public static Task<IReadOnlyDictionary<int, (int Width, int Height)>> ImageSizesAsync(
        this HealthNewsDbContext db, string? markdown, CancellationToken cancellationToken = default) =>
        db.ImageSizesAsync(MediaUrls.IdsIn(markdown), cancellationToken);

    /// <summary>Width and height of the given stored images, by media id (files that are not images are left out).</summary>
    public static async Task<IReadOnlyDictionary<int, (int Width, int Height)>> ImageSizesAsync(
        this HealthNewsDbContext db, IEnumerable<int> mediaIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = mediaIds.Distinct().ToList();
        return ids.Count == 0 ? new Dictionary<int, (int, int)>()
            : (await Sizes.For(db)(db, ids).ToListAsync(cancellationToken)).ToDictionary(m => m.Id, m => (m.Width, m.Height));
    }

    /// <summary>Tells an image's size from its portal address, for the Markdown renderer.</summary>
    public static Func<string, (int Width, int Height)?> SizeLookup(this IReadOnlyDictionary<int, (int Width, int Height)> sizes) =>
        url => MediaUrls.IdFrom(url) is { } id && sizes.TryGetValue(id, out var size) ? size : null;

    private static readonly CompiledQuery<Func<HealthNewsDbContext, List<int>, IAsyncEnumerable<StoredImageSize>>> Sizes =
        new(() => EF.CompileAsyncQuery((HealthNewsDbContext db, List<int> ids) =>
            db.MediaFiles.AsNoTracking()
                .Where(m => ids.Contains(m.Id) && m.Width != null && m.Height != null)
                .Select(m => new StoredImageSize(m.Id, m.Width!.Value, m.Height!.Value))));

    private sealed record StoredImageSize(int Id, int Width, int Height);
}
