using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using NetVips;
using Vips = NetVips.NetVips;
using VipsImage = NetVips.Image;

namespace HealthNews.Core.Media;

/// <summary>
/// Makes the variants of an uploaded image with libvips (ADR-013): decoded once at a reduced scale, turned upright by its
/// EXIF orientation, converted to sRGB, written at each width up to its own (never larger) as WebP and in its family,
/// with no metadata (no GPS position, no camera serial). The header is checked before any pixel is decoded (size limits
/// against decompression bombs); at most <see cref="MediaOptions.ImageJobs"/> images are processed at once, each on one
/// libvips thread and within <see cref="MediaOptions.ImageJobTimeout"/>, so a large upload never starves the readers.
/// </summary>
public sealed class ImageProcessor : IDisposable
{
    /// <summary>The widths made of every image, up to its own width (ADR-013).</summary>
    public static readonly IReadOnlyList<int> Widths = [160, 320, 640, 960, 1280, 1920];

    private const int WebPQuality = 80;
    private const int JpegQuality = 82;
    private const int MaxSide = 20_000;
    private const int MaxWebPSide = 16_383;

    private readonly MediaOptions _options;
    private readonly SemaphoreSlim _jobs;

    static ImageProcessor()
    {
        Cache.Max = 0;                // every image is processed once: no cache of operations or files
        Cache.MaxFiles = 0;
        Vips.Concurrency = 1;         // one thread per image; the semaphore bounds how many images at once
        Vips.BlockUntrusted = true;   // only libvips's own fuzzed loaders (JPEG, PNG, WebP, GIF, ...)
    }

    public ImageProcessor(IOptions<MediaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _jobs = new SemaphoreSlim(Math.Max(1, _options.ImageJobs));
    }

    /// <summary>Whether variants are made of this type (an animated GIF would lose its frames: it is served as uploaded).</summary>
    public static bool MakesVariantsOf(string contentType) => contentType is "image/jpeg" or "image/png" or "image/webp";

    public async Task<ImageProcessing> ProcessAsync(byte[] bytes, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (Check(bytes) is { } problem)
        {
            return ImageProcessing.Refused(problem);
        }
        if (!await _jobs.WaitAsync(_options.ImageJobTimeout, cancellationToken))
        {
            return ImageProcessing.Refused("Máy chủ đang bận xử lý các ảnh khác; hãy thử tải lên lại sau ít phút.");
        }
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.ImageJobTimeout);
            // A thread of its own: libvips works synchronously, and a long job must not hold one of the pool's threads.
            return await Task.Factory.StartNew(() => Make(bytes, contentType, timeout.Token), CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        finally
        {
            _jobs.Release();
        }
    }

    // The header only: nothing is decoded yet.
    private string? Check(byte[] bytes)
    {
        int width, height;
        try
        {
            using var header = VipsImage.NewFromBuffer(bytes, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
            (width, height) = (header.Width, header.Height);
        }
        catch (VipsException)
        {
            return Unreadable;
        }
        var pixels = (long)width * height;
        if (pixels > _options.MaxImageMegapixels * 1_000_000L || width > MaxSide || height > MaxSide)
        {
            return $"Ảnh {width.ToString("N0", Vietnamese)} × {height.ToString("N0", Vietnamese)} điểm ảnh " +
                $"({(pixels / 1e6).ToString("0.#", Vietnamese)} megapixel) vượt giới hạn {_options.MaxImageMegapixels} megapixel " +
                $"hoặc {MaxSide.ToString("N0", Vietnamese)} điểm ảnh mỗi chiều; hãy thu nhỏ ảnh rồi tải lên lại.";
        }
        return null;
    }

    private ImageProcessing Make(byte[] bytes, string contentType, CancellationToken cancellationToken)
    {
        try
        {
            using var header = VipsImage.NewFromBuffer(bytes, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
            var turned = header.Contains("orientation") && (int)header.Get("orientation") is >= 5 and <= 8;
            var (uprightWidth, uprightHeight) = turned ? (header.Height, header.Width) : (header.Width, header.Height);
            var extension = contentType == "image/png" || header.HasAlpha() ? "png" : "jpg";

            if (header.Contains("n-pages") && (int)header.Get("n-pages") > 1)
            {
                return ImageProcessing.Refused("Ảnh động (nhiều khung hình) chỉ nhận ở dạng GIF; hãy xuất lại ảnh dạng GIF hoặc ảnh tĩnh.");
            }
            // No side over WebP's limit of 16,383 px: a long infographic is narrowed until it fits.
            using var upright = VipsImage.ThumbnailBuffer(bytes, Widths[^1], height: MaxWebPSide, size: Enums.Size.Down,
                outputProfile: "srgb", failOn: Enums.FailOn.Error);
            upright.SetProgress(NoProgress.Instance, cancellationToken);
            using var largest = upright.CopyMemory();

            var files = new List<VariantFile>();
            var widths = Widths.Where(w => w < largest.Width).Append(largest.Width).ToList();
            foreach (var width in widths)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var resized = width == largest.Width ? largest.Copy() : largest.ThumbnailImage(width, height: MaxWebPSide, size: Enums.Size.Down);
                resized.SetProgress(NoProgress.Instance, cancellationToken); // the time bound covers every encode too
                files.Add(new(width, ImageVariants.WebP, resized.WebpsaveBuffer(q: WebPQuality, keep: Enums.ForeignKeep.None)));
                cancellationToken.ThrowIfCancellationRequested();
                files.Add(new(width, extension, extension == "png"
                    ? resized.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None)
                    : resized.JpegsaveBuffer(q: JpegQuality, interlace: true, optimizeCoding: true, keep: Enums.ForeignKeep.None)));
            }
            var variants = new ImageVariants(HashOf(files), extension, widths);
            return new(new ProcessedImage(uprightWidth, uprightHeight, variants, files), null);
        }
        catch (Exception e) when (e is OperationCanceledException || (e is VipsException && cancellationToken.IsCancellationRequested))
        {
            return ImageProcessing.Refused(
                $"Xử lý ảnh quá {_options.ImageJobTimeout.TotalSeconds.ToString("0", Vietnamese)} giây nên đã dừng; hãy thu nhỏ ảnh rồi tải lên lại.");
        }
        catch (VipsException)
        {
            return ImageProcessing.Refused(Unreadable);
        }
    }

    private static string HashOf(IEnumerable<VariantFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            sha.AppendData(file.Bytes);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset().AsSpan(0, 8));
    }

    private const string Unreadable = "Không đọc được ảnh: tệp bị hỏng hoặc không trọn vẹn; hãy xuất lại ảnh rồi tải lên.";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public void Dispose() => _jobs.Dispose();

    private sealed class NoProgress : IProgress<int>
    {
        public static readonly NoProgress Instance = new();

        public void Report(int value)
        {
        }
    }
}
