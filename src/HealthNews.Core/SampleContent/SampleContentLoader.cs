using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.SampleContent;

/// <summary>
/// Loads the content captured from the Ministry's portal (see README) into an empty database, in one transaction, with
/// the English edition's sample beside it (ADR-017): English names for the categories, translations of some captured
/// articles linked to their originals, an English-only item and the English edition's featured poll.
/// Photos and attachment files were not captured; generated placeholders stand in for them, made into variants as an
/// upload is (ADR-013); a translation shows its original's.
/// </summary>
public sealed partial class SampleContentLoader(
    HealthNewsDbContext db, IMediaStore mediaStore, TimeProvider clock, ArticleRendering rendering, MediaVariants variants, ImageProcessor processor)
{
    // The same placeholders every time: one per colour of the palette, made and processed once per process (tests load the
    // sample many times); photos of one colour share their variants, as the same picture uploaded twice does.
    private static readonly ConcurrentDictionary<string, Lazy<Task<(byte[] Original, ProcessedImage Processed)>>> Placeholders = new();

    /// <summary>Loads the sample when the database holds no category and no article; returns whether it did.</summary>
    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Categories.AnyAsync(cancellationToken) || await db.Articles.AnyAsync(cancellationToken))
        {
            return false;
        }

        var vietnamese = ReadSample(VietnameseSample);
        var english = ReadSample(EnglishSample);
        var load = new Load(clock.GetUtcNow().UtcDateTime);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var categories = (vietnamese.Categories ?? [])
                .Select((c, i) => new Category { Name = c.Name, Slug = c.Slug, EnglishName = c.EnglishName, EnglishSlug = c.EnglishSlug, SortOrder = i + 1 })
                .ToDictionary(c => c.Slug);
            db.Categories.AddRange(categories.Values);
            await db.SaveChangesAsync(cancellationToken);

            // The Vietnamese edition first: the English one names its originals and shows their photos.
            await AddEditionAsync(vietnamese, ContentLanguage.Vietnamese, categories, load, cancellationToken);
            await AddEditionAsync(english, ContentLanguage.English, categories, load, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch
        {
            foreach (var key in load.StoredKeys)
            {
                await mediaStore.DeleteAsync(key, CancellationToken.None);
            }
            throw;
        }
    }

    private async Task AddEditionAsync(
        SampleFile sample, string language, Dictionary<string, Category> categories, Load load, CancellationToken cancellationToken)
    {
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal); // slugs are unique per edition
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
                Language = language,
                TranslationOf = item.TranslationOf is null ? null : load.ByTitle[(ContentLanguage.Other(language), item.TranslationOf)],
                AuthorName = sample.Author,
                Status = ArticleStatus.Published,
                PublishedAtUtc = publishedAtUtc,
                CreatedAtUtc = publishedAtUtc,
                UpdatedAtUtc = publishedAtUtc,
                PinnedAtUtc = item.Pinned ? load.Now : null, // the lead story an editor chose, with its photos
            };

            foreach (var image in item.Images ?? [])
            {
                var media = await MediaAsync(image.File, image.Alt, load, cancellationToken);
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
                var media = await MediaAsync(fileName, null, load, cancellationToken);
                article.Attachments.Add(new ArticleAttachment { MediaFileId = media.Id, SortOrder = ++order });
            }
            foreach (var name in TagNames.Parse(TagNames.Join(item.Tags ?? [])))
            {
                var slug = TagNames.SlugOf(name);
                if (!load.Tags.TryGetValue(slug, out var tag))
                {
                    load.Tags[slug] = tag = new Tag { Name = name, Slug = slug, SearchKey = ProviderNeutral.SearchKey(name) };
                }
                article.Tags.Add(new ArticleTag { Tag = tag, Position = article.Tags.Count + 1 });
            }
            load.ByTitle.TryAdd((language, item.Title), article);
            db.Articles.Add(article);
        }
        // Hand-picked "Tin liên quan", named by title (the first article of that title in the edition).
        foreach (var item in sample.Articles.Where(a => a.Related is { Count: > 0 }))
        {
            var article = load.ByTitle[(language, item.Title)];
            foreach (var title in item.Related!)
            {
                article.RelatedPicks.Add(new ArticleRelatedPick { RelatedArticle = load.ByTitle[(language, title)], Position = article.RelatedPicks.Count + 1 });
            }
        }
        foreach (var item in sample.Polls ?? [])
        {
            var poll = new Poll
            {
                Question = item.Question,
                Language = language,
                Status = PollStatus.Open,
                IsFeatured = item.Featured, // in its own edition's sidebar
                AddressSalt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                CreatedAtUtc = load.Now,
                UpdatedAtUtc = load.Now,
            };
            poll.Options.AddRange(item.Options.Select((text, i) => new PollOption { Text = text, SortOrder = i + 1 }));
            db.Polls.Add(poll);
        }
    }

    // A file named again (a translation showing its original's photos) is the one stored the first time.
    private async Task<MediaFile> MediaAsync(string fileName, string? alt, Load load, CancellationToken cancellationToken)
    {
        if (!load.Media.TryGetValue(fileName, out var media))
        {
            load.Media[fileName] = media = await StorePlaceholderAsync(fileName, alt, load, cancellationToken);
        }
        return media;
    }

    private async Task<MediaFile> StorePlaceholderAsync(string fileName, string? alt, Load load, CancellationToken cancellationToken)
    {
        var photo = fileName.EndsWith(".jpg", StringComparison.Ordinal);
        var look = load.Colour++ % Palette.Length;
        var (bytes, processed) = await Placeholders.GetOrAdd($"{(photo ? "photo" : "png")}-{look}", _ => new(() => MakePlaceholderAsync(photo, look))).Value;
        using var content = new MemoryStream(bytes);
        var key = await mediaStore.SaveAsync(content, fileName, cancellationToken);
        load.StoredKeys.Add(key);
        await variants.StoreAsync(processed, cancellationToken); // shared, content-addressed: left in place if the load fails
        var media = new MediaFile
        {
            FileName = fileName,
            ContentType = photo ? "image/jpeg" : "image/png",
            SizeBytes = bytes.Length,
            AltText = alt,
            StorageKey = key,
            CreatedAtUtc = load.Now,
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

    // What one load has made so far, shared by the editions.
    private sealed class Load(DateTime now)
    {
        public DateTime Now { get; } = now;

        /// <summary>The stored files' keys, to delete if the load fails.</summary>
        public List<string> StoredKeys { get; } = [];

        public Dictionary<string, MediaFile> Media { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Tag> Tags { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string Language, string Title), Article> ByTitle { get; } = [];

        public int Colour { get; set; }
    }
}
