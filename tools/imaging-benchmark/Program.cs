using System.Diagnostics;
using ImageMagick;
using NetVips;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

// Usage: ImagingBenchmark make <file.jpg> | netvips|magick|imagesharp <file.jpg> <out-dir>
// Each library, in a process of its own: load a 6000x4000 JPEG, turn it upright (EXIF orientation), drop metadata,
// write six widths as WebP and JPEG. Prints wall time and the process's peak memory (VmHWM).
int[] widths = [160, 320, 640, 960, 1280, 1920];
var mode = args[0];
var input = args[1];

if (mode == "make")
{
    // A noisy photo-like picture (noise compresses like a real photo), rotated 90° by its EXIF orientation tag.
    // Smooth gradients with a little grain: it compresses about as a camera photo does (~5 MB at quality 90).
    using var xyz = NetVips.Image.Xyz(6000, 4000);
    using var x = xyz[0];
    using var y = xyz[1];
    using var noise = NetVips.Image.Gaussnoise(6000, 4000, mean: 0, sigma: 6);
    using var rgb = (x / 6000.0 * 200 + noise + 20).Bandjoin(y / 4000.0 * 180 + noise + 30, (x + y) / 10000.0 * 150 + noise + 40).Cast(Enums.BandFormat.Uchar);
    using var tagged = rgb.Mutate(m => m.Set(GValue.GIntType, "orientation", 6));
    tagged.Jpegsave(input, q: 90);
    Console.WriteLine($"made {input}: {new FileInfo(input).Length / 1024 / 1024.0:F1} MB");
    return;
}

var output = args[2];
Directory.CreateDirectory(output);
var clock = Stopwatch.StartNew();
switch (mode)
{
    case "netvips":
        {
            // Shrink-on-load once, for the largest width (upright, sRGB), kept in memory; the smaller ones come from it.
            using var largest = NetVips.Image.Thumbnail(input, widths[^1], height: 100_000, outputProfile: "srgb").CopyMemory();
            foreach (var width in widths)
            {
                using var image = width == widths[^1] ? largest.Copy() : largest.ThumbnailImage(width, height: 100_000);
                image.Webpsave(Path.Combine(output, $"{width}.webp"), q: 80, keep: Enums.ForeignKeep.None);
                image.Jpegsave(Path.Combine(output, $"{width}.jpg"), q: 82, keep: Enums.ForeignKeep.None, interlace: true);
            }
        }
        break;
    case "magick":
        {
            using var original = new MagickImage(input);
            original.AutoOrient();
            original.Strip();
            foreach (var width in widths)
            {
                using var copy = original.Clone();
                copy.Resize(new MagickGeometry((uint)width, 0));
                copy.Quality = 80;
                copy.Write(Path.Combine(output, $"{width}.webp"), MagickFormat.WebP);
                copy.Quality = 82;
                copy.Write(Path.Combine(output, $"{width}.jpg"), MagickFormat.Jpeg);
            }
        }
        break;
    case "imagesharp":
        {
            using var original = SixLabors.ImageSharp.Image.Load(input);
            original.Mutate(x => x.AutoOrient());
            original.Metadata.ExifProfile = null;
            original.Metadata.IccProfile = null;
            original.Metadata.XmpProfile = null;
            foreach (var width in widths)
            {
                using var copy = original.Clone(x => x.Resize(width, 0));
                copy.Save(Path.Combine(output, $"{width}.webp"), new WebpEncoder { Quality = 80 });
                copy.Save(Path.Combine(output, $"{width}.jpg"), new JpegEncoder { Quality = 82 });
            }
        }
        break;
}
clock.Stop();
var peak = File.ReadAllLines("/proc/self/status").First(l => l.StartsWith("VmHWM", StringComparison.Ordinal));
var sizes = string.Join(", ", widths.Select(w => $"{w}: {new FileInfo(Path.Combine(output, $"{w}.webp")).Length / 1024} KB webp"));
Console.WriteLine($"{mode}: {clock.ElapsedMilliseconds} ms, peak {peak.Split(':')[1].Trim()}; {sizes}");
