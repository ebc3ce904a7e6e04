using System.Globalization;
using System.Text;

namespace HealthNews.Core.Media;

/// <summary>
/// Writes a stored image as a <c>&lt;picture&gt;</c>: WebP variants for browsers that take them, the original's family
/// for the rest, each with srcset and the slot's sizes, so the browser downloads the smallest file that is sharp at its
/// width and density; with width and height so nothing moves as it loads. An image without variants is a plain img.
/// </summary>
public static class Picture
{
    public static string Html(StoredImage image, string alt, string sizes, ImageLoading loading, int? width = null, int? height = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        var html = new StringBuilder(512);
        var variants = image.Variants;
        if (variants is not null)
        {
            html.Append("<picture><source type=\"image/webp\" srcset=\"").Append(variants.SrcSet(image.Id, ImageVariants.WebP))
                .Append("\" sizes=\"").Append(sizes).Append("\" />");
        }
        var src = variants is null ? image.OriginalUrl : variants.Url(image.Id, variants.WidthFor(640), variants.Extension);
        html.Append("<img src=\"").Append(Escape(src)).Append('"');
        if (variants is not null)
        {
            html.Append(" srcset=\"").Append(variants.SrcSet(image.Id, variants.Extension)).Append("\" sizes=\"").Append(sizes).Append('"');
        }
        html.Append(" alt=\"").Append(Escape(alt)).Append('"');
        if ((width ?? image.Width) is { } w && (height ?? image.Height) is { } h)
        {
            html.Append(" width=\"").Append(w.ToString(CultureInfo.InvariantCulture))
                .Append("\" height=\"").Append(h.ToString(CultureInfo.InvariantCulture)).Append('"');
        }
        html.Append(loading switch
        {
            ImageLoading.Lazy => " loading=\"lazy\" decoding=\"async\"",
            ImageLoading.Lead => " fetchpriority=\"high\"",
            _ => "",
        });
        html.Append(" />");
        if (variants is not null)
        {
            html.Append("</picture>");
        }
        return html.ToString();
    }

    /// <summary>The variant a share card or feed shows: JPEG or PNG (what every crawler reads), about 1200 px wide, with its size.</summary>
    public static (string Url, int Width, int Height)? ShareVariant(StoredImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Variants is not { } variants || image.Width is not { } width || image.Height is not { } height)
        {
            return null;
        }
        var shared = variants.Widths.LastOrDefault(w => w <= 1280, variants.Widths[0]);
        return (variants.Url(image.Id, shared, variants.Extension), shared, (int)Math.Round((double)height * shared / width));
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
