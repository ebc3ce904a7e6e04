using HealthNews.Core.Media;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace HealthNews.Web.Controllers;

public sealed class MediaController(MediaLibrary library, IMediaStore store) : Controller
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromDays(7);

    /// <summary>
    /// A stored file by its address: documents offered as downloads, images shown inline. An image with variants is
    /// never served as uploaded (its metadata may hold where it was taken, ADR-013): the address leads to its largest
    /// variant; staff download the original from the library.
    /// </summary>
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
        if (ImageVariants.Parse(media.Variants) is { } variants)
        {
            Response.GetTypedHeaders().CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromHours(1) };
            return Redirect(variants.Url(media.Id, variants.LargestWidth, variants.Extension));
        }
        if (ImageProcessor.MakesVariantsOf(media.ContentType))
        {
            return NotFound(); // not made into variants yet (media-variants): its original may say where it was taken
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

    /// <summary>
    /// One variant of an image. Its address holds the hash of its bytes, so it never changes: browsers and proxies keep it
    /// for a year without asking again. Read straight from the store, without the database.
    /// </summary>
    [HttpGet(Urls.MediaVariantRoute)]
    public IActionResult Variant(string hash, int width, string extension)
    {
        if (!ImageVariants.IsHash(hash) || width <= 0 || !ImageVariants.ContentTypes.TryGetValue(extension, out var contentType))
        {
            return NotFound();
        }
        var stream = store.OpenRead(ImageVariants.StorageKey(hash, width, extension));
        if (stream is null)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return File(stream, contentType, lastModified: null, new EntityTagHeaderValue($"\"{hash}-{width}{extension}\""), enableRangeProcessing: true);
    }
}
