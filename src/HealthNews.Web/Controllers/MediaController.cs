using HealthNews.Core.Media;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace HealthNews.Web.Controllers;

public sealed class MediaController(MediaLibrary library, IMediaStore store) : Controller
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromDays(7);

    /// <summary>The bytes of a stored file: images shown inline, documents offered as downloads.</summary>
    [HttpGet(Urls.MediaRoute)]
    public async Task<IActionResult> Get(int id, string fileName, CancellationToken cancellationToken)
    {
        var media = await library.GetForDownloadAsync(id, cancellationToken);
        if (media is null)
        {
            return NotFound();
        }
        if (!string.Equals(fileName, media.FileName, StringComparison.Ordinal))
        {
            return RedirectPermanent(MediaUrls.For(media.Id, media.FileName));
        }
        var stream = store.OpenRead(media.StorageKey);
        if (stream is null)
        {
            return NotFound();
        }

        Response.GetTypedHeaders().CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = CacheLifetime };
        var lastModified = new DateTimeOffset(media.CreatedAtUtc);
        var etag = new EntityTagHeaderValue($"\"m{media.Id}-{media.SizeBytes}\"");
        return media.IsImage
            ? File(stream, media.ContentType, lastModified, etag, enableRangeProcessing: true)
            : File(stream, media.ContentType, media.FileName, lastModified, etag, enableRangeProcessing: true);
    }
}
