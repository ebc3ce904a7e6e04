using NetVips;
using VipsImage = NetVips.Image;

namespace HealthNews.Core.SampleContent;

/// <summary>
/// Pictures that stand in for the photos and attachments of the captured pages, whose files were not captured: photos
/// at a camera's export size (1920 × 1280 JPEG, soft gradients with grain, so they compress as photos do and every
/// variant width is made), attachments as flat PNGs. Seeded, so the same sample gives the same bytes every time.
/// </summary>
internal static class PlaceholderImage
{
    public static byte[] Photo(int width, int height, byte red, byte green, byte blue, int seed)
    {
        using var xyz = VipsImage.Xyz(width, height);
        using var x = xyz[0];
        using var y = xyz[1];
        using var grain = VipsImage.Gaussnoise(width, height, mean: 0, sigma: 5, seed: seed);
        using var light = (x / (double)width * 60) + (y / (double)height * 40);
        using var rgb = (light + grain + (red * 0.8)).Bandjoin(light + grain + (green * 0.8), light + grain + (blue * 0.8))
            .Cast(Enums.BandFormat.Uchar);
        return rgb.JpegsaveBuffer(q: 85);
    }

    public static byte[] Png(int width, int height, byte red, byte green, byte blue)
    {
        using var flat = VipsImage.Black(width, height, bands: 3) + new double[] { red, green, blue };
        using var rgb = flat.Cast(Enums.BandFormat.Uchar);
        return rgb.PngsaveBuffer(compression: 9);
    }
}
