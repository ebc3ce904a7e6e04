using HealthNews.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Media;

public sealed record MediaDownload(int Id, string FileName, string ContentType, long SizeBytes, string StorageKey, DateTime CreatedAtUtc)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

/// <summary>Reads about stored files, for serving them.</summary>
public sealed class MediaLibrary(HealthNewsDbContext db)
{
    public Task<MediaDownload?> GetForDownloadAsync(int id, CancellationToken cancellationToken = default) =>
        db.MediaFiles.AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new MediaDownload(m.Id, m.FileName, m.ContentType, m.SizeBytes, m.StorageKey, m.CreatedAtUtc))
            .SingleOrDefaultAsync(cancellationToken);
}

public static class MediaQueries
{
    /// <summary>Width and height of the stored images a Markdown body shows, by media id.</summary>
    public static async Task<IReadOnlyDictionary<int, (int Width, int Height)>> ImageSizesAsync(
        this HealthNewsDbContext db, string? markdown, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = MediaUrls.IdsIn(markdown).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<int, (int, int)>();
        }
        var rows = await db.MediaFiles.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.Width != null && m.Height != null)
            .Select(m => new { m.Id, Width = m.Width!.Value, Height = m.Height!.Value })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => (r.Width, r.Height));
    }
}
