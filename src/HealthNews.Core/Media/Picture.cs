using System.Globalization;
using System.Text;

namespace HealthNews.Core.Media;

/// <summary>A stored image as pages show it: its upright size and its variants (null for a GIF or an image not yet made into them).</summary>
public sealed record StoredImage(int Id, string FileName, int? Width, int? Height, ImageVariants? Variants)
{
    public string OriginalUrl => MediaUrls.For(Id, FileName);
}

/// <summary>
/// The width each slot of the layout gives an image, as a <c>sizes</c> list; it mirrors site.css (the main column is the
/// container's 1140 px less its padding, the 320 px sidebar and the gap; on phones the screen less 32 px of padding), and a
/// Chromium test holds the two together (no image is served more than twice as wide as it is shown).
/// </summary>
public static class ImageSlots
{
    /// <summary>A listing card's thumbnail: 160 × 90, 110 × 62 on phones.</summary>
    public const string Card = "(max-width: 520px) 110px, 160px";

    /// <summary>The main column: the lead story, an article's featured image and the figures of its body.</summary>
    public const string Main = "(min-width: 1140px) 764px, (min-width: 900px) calc(100vw - 376px), calc(100vw - 32px)";

    /// <summary>The small previews of the admin area's library and pickers.</summary>
    public const string Preview = "160px";
}

/// <summary>How an image loads: lazily below the fold, at once and first for the lead image.</summary>
public enum ImageLoading
{
    Lazy,
    Eager,
    Lead,
}

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
