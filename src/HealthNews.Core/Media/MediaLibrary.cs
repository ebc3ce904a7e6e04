using HealthNews.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Media;

/// <summary>Reads about stored files, for serving them.</summary>
public sealed class MediaLibrary(HealthNewsDbContext db)
{
    public Task<MediaDownload?> GetForDownloadAsync(int id, CancellationToken cancellationToken = default) =>
        db.MediaFiles.AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new MediaDownload(m.Id, m.FileName, m.ContentType, m.SizeBytes, m.StorageKey, m.CreatedAtUtc, m.Variants))
            .SingleOrDefaultAsync(cancellationToken);
}
