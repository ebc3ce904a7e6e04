using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.SampleContent;

/// <summary>
/// Loads the content captured from the Ministry's portal (see README) into an empty database, in one transaction.
/// Photos and attachment files were not captured; generated placeholders stand in for them, made into variants as an
/// upload is (ADR-013).
/// </summary>
public sealed class SampleContentLoader(
    HealthNewsDbContext db, IMediaStore mediaStore, TimeProvider clock, ArticleRendering rendering, MediaVariants variants, ImageProcessor processor)
{
    // The same placeholders every time: one per colour of the palette, made and processed once per process (tests load the
    // sample many times); photos of one colour share their variants, as the same picture uploaded twice does.
    private static readonly ConcurrentDictionary<string, Lazy<Task<(byte[] Original, ProcessedImage Processed)>>> Placeholders = new();

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Loads the sample when the database holds no category and no article; returns whether it did.</summary>
    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Categories.AnyAsync(cancellationToken) || await db.Articles.AnyAsync(cancellationToken))
        {
            return false;
        }

        var sample = ReadSample();
        var now = clock.GetUtcNow().UtcDateTime;
        var storedKeys = new List<string>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var categories = sample.Categories
                .Select((c, i) => new Category { Name = c.Name, Slug = c.Slug, SortOrder = i + 1 })
                .ToDictionary(c => c.Slug);
            db.Categories.AddRange(categories.Values);
            await db.SaveChangesAsync(cancellationToken);

            var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
            var tags = new Dictionary<string, Tag>(StringComparer.Ordinal);
            var byTitle = new Dictionary<string, Article>(StringComparer.Ordinal);
            var colour = 0;
            foreach (var item in sample.Articles)
            {
                var publishedAtUtc = VietnamTime.ToUtc(DateTime.ParseExact(item.PublishedAt, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                var body = item.BodyFile is null ? "" : ReadResource(item.BodyFile);
                var article = new Article
                {
                    Title = item.Title,
                    Slug = UniqueSlug(item.Title, usedSlugs),
                    Summary = item.Summary,
                    CategoryId = categories[item.Category].Id,
                    AuthorName = sample.Author,
                    Status = ArticleStatus.Published,
                    PublishedAtUtc = publishedAtUtc,
                    CreatedAtUtc = publishedAtUtc,
                    UpdatedAtUtc = publishedAtUtc,
                    PinnedAtUtc = item.Pinned ? now : null, // the lead story an editor chose, with its photos
                };

                foreach (var image in item.Images ?? [])
                {
                    var media = await StorePlaceholderAsync(image.File, image.Alt, colour++, now, storedKeys, cancellationToken);
                    body = body.Replace($"]({image.File} ", $"]({MediaUrls.For(media.Id, media.FileName)} ", StringComparison.Ordinal);
                    if (article.FeaturedImageId is null)
                    {
                        article.FeaturedImageId = media.Id;
                        article.FeaturedImageAlt = image.Alt;
                    }
                }
                article.Body = body;
                await rendering.RenderAsync(article, cancellationToken);

                var order = 0;
                foreach (var fileName in item.Attachments ?? [])
                {
                    var media = await StorePlaceholderAsync(fileName, null, colour++, now, storedKeys, cancellationToken);
                    article.Attachments.Add(new ArticleAttachment { MediaFileId = media.Id, SortOrder = ++order });
                }
                foreach (var name in TagNames.Parse(TagNames.Join(item.Tags ?? [])))
                {
                    var slug = TagNames.SlugOf(name);
                    if (!tags.TryGetValue(slug, out var tag))
                    {
                        tags[slug] = tag = new Tag { Name = name, Slug = slug, SearchKey = ProviderNeutral.SearchKey(name) };
                    }
                    article.Tags.Add(new ArticleTag { Tag = tag, Position = article.Tags.Count + 1 });
                }
                byTitle.TryAdd(item.Title, article);
                db.Articles.Add(article);
            }
            // Hand-picked "Tin liên quan", named by title (the first article of that title).
            foreach (var item in sample.Articles.Where(a => a.Related is { Count: > 0 }))
            {
                var article = byTitle[item.Title];
                foreach (var title in item.Related!)
                {
                    article.RelatedPicks.Add(new ArticleRelatedPick { RelatedArticle = byTitle[title], Position = article.RelatedPicks.Count + 1 });
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch
        {
            foreach (var key in storedKeys)
            {
                await mediaStore.DeleteAsync(key, CancellationToken.None);
            }
            throw;
        }
    }

    private async Task<MediaFile> StorePlaceholderAsync(
        string fileName, string? alt, int colour, DateTime now, List<string> storedKeys, CancellationToken cancellationToken)
    {
        var photo = fileName.EndsWith(".jpg", StringComparison.Ordinal);
        var look = colour % Palette.Length;
        var (bytes, processed) = await Placeholders.GetOrAdd($"{(photo ? "photo" : "png")}-{look}", _ => new(() => MakePlaceholderAsync(photo, look))).Value;
        using var content = new MemoryStream(bytes);
        var key = await mediaStore.SaveAsync(content, fileName, cancellationToken);
        storedKeys.Add(key);
        await variants.StoreAsync(processed, cancellationToken); // shared, content-addressed: left in place if the load fails
        var media = new MediaFile
        {
            FileName = fileName,
            ContentType = photo ? "image/jpeg" : "image/png",
            SizeBytes = bytes.Length,
            AltText = alt,
            StorageKey = key,
            CreatedAtUtc = now,
            Width = processed.Width,
            Height = processed.Height,
            Variants = processed.Variants.ToString(),
        };
        db.MediaFiles.Add(media);
        await db.SaveChangesAsync(cancellationToken);
        return media;
    }

    // A calm palette of the portal's blues and greens.
    private static readonly byte[][] Palette = [[0x1d, 0x5c, 0x96], [0x2e, 0x7d, 0x5b], [0x4a, 0x6f, 0xa5], [0x3b, 0x8e, 0x9c]];

    private async Task<(byte[], ProcessedImage)> MakePlaceholderAsync(bool photo, int colour)
    {
        var rgb = Palette[colour];
        var bytes = photo ? PlaceholderImage.Photo(1920, 1280, rgb[0], rgb[1], rgb[2], seed: colour + 1) : PlaceholderImage.Png(800, 450, rgb[0], rgb[1], rgb[2]);
        var processing = await processor.ProcessAsync(bytes, photo ? "image/jpeg" : "image/png");
        return (bytes, processing.Image ?? throw new InvalidOperationException("A sample placeholder could not be processed: " + processing.Problem));
    }

    private static string UniqueSlug(string title, HashSet<string> used)
    {
        var baseSlug = VietnameseText.Slugify(title);
        for (var attempt = 1; ; attempt++)
        {
            var candidate = VietnameseText.SlugCandidate(baseSlug, attempt);
            if (used.Add(candidate))
            {
                return candidate;
            }
        }
    }

    private static SampleFile ReadSample() =>
        JsonSerializer.Deserialize<SampleFile>(ReadResource("sample-content.json"), JsonOptions)
        ?? throw new InvalidOperationException("The embedded sample content is empty.");

    private static string ReadResource(string name)
    {
        var assembly = typeof(SampleContentLoader).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record SampleFile(string Author, List<SampleCategory> Categories, List<SampleArticle> Articles);

    private sealed record SampleCategory(string Name, string Slug);

    private sealed record SampleArticle(
        string Title, string Category, string PublishedAt, string? Summary, string? BodyFile,
        List<SampleImage>? Images, List<string>? Attachments, bool Pinned = false, List<string>? Tags = null, List<string>? Related = null);

    private sealed record SampleImage(string File, string Alt);
}
