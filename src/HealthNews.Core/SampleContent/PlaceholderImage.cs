using NetVips;
using VipsImage = NetVips.Image;

namespace HealthNews.Core.SampleContent;

/// <summary>
/// Pictures that stand in for the photos and attachments of the captured pages, whose files were not captured: photos
/// at a camera's export size (1920 × 1280 JPEG, with shapes, texture and grain, so they compress as photos do and
/// every variant width is made), attachments as flat PNGs. Seeded, so the same sample gives the same bytes every time.
/// </summary>
internal static class PlaceholderImage
{
    public static byte[] Photo(int width, int height, byte red, byte green, byte blue, int seed)
    {
        // Shapes at two scales (Perlin), cells (Worley) and sensor grain: about 650 KB at 1920 × 1280, and its copies
        // weigh what a photo's do (a 960 px WebP about 60 KB), so the image budget is tested against photo-like bytes.
        using var broad = VipsImage.Perlin(width, height, cellSize: 160, seed: seed);
        using var fine = VipsImage.Perlin(width, height, cellSize: 24, seed: seed + 1000);
        using var cells = VipsImage.Worley(width, height, cellSize: 90, seed: seed + 2000);
        using var grain = VipsImage.Gaussnoise(width, height, mean: 0, sigma: 9, seed: seed + 3000);
        using var light = (broad * 70) + (fine * 35) + (cells / 4.0) + grain;
        using var rgb = (light + red).Bandjoin(light + green, light + blue).Cast(Enums.BandFormat.Uchar);
        return rgb.JpegsaveBuffer(q: 85);
    }

    public static byte[] Png(int width, int height, byte red, byte green, byte blue)
    {
        using var flat = VipsImage.Black(width, height, bands: 3) + new double[] { red, green, blue };
        using var rgb = flat.Cast(Enums.BandFormat.Uchar);
        return rgb.PngsaveBuffer(compression: 9);
    }
}
