using System.Globalization;

namespace HealthNews.Core.Media;

/// <summary>
/// The resized copies of one stored image that readers are served (ADR-013): each width as WebP and in the original's
/// family (JPEG, or PNG for pictures with transparency), upright, in sRGB, without metadata. Stored on the media file as
/// one short text ("1:3fa9c1e2b4d5a6f7:jpg:160,320,640") and in the media store under <c>variants/{hash}/</c>, where
/// the hash is of the variants' own bytes, so an address never serves other bytes and may be cached for a year.
/// </summary>
public sealed record ImageVariants(string Hash, string Extension, IReadOnlyList<int> Widths, int MadeBy = ImageVariants.Recipe)
{
    /// <summary>How variants are made (widths, formats, quality); a new recipe makes them all again.</summary>
    public const int Recipe = 1;

    public const string WebP = "webp";

    /// <summary>The extensions a variant may have, with their content types.</summary>
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [WebP] = "image/webp",
        ["jpg"] = "image/jpeg",
        ["png"] = "image/png",
    };

    public int LargestWidth => Widths[^1];

    /// <summary>Whether the set was made by today's recipe (an older set is still served until media-variants makes it again).</summary>
    public bool IsCurrent => MadeBy == Recipe;

    /// <summary>Every file of the set: each width in WebP and in the original's family.</summary>
    public IEnumerable<(int Width, string Extension)> Files =>
        Widths.SelectMany(w => new[] { (w, WebP), (w, Extension) });

    public static string StorageKey(string hash, int width, string extension) =>
        $"variants/{hash}/{width.ToString(CultureInfo.InvariantCulture)}.{extension}";

    public string StorageKey(int width, string extension) => StorageKey(Hash, width, extension);

    /// <summary>The public address of one variant; the media id is there for people and for <see cref="MediaUrls.IdFrom"/>.</summary>
    public string Url(int mediaId, int width, string extension) =>
        $"{MediaUrls.PathOf(mediaId)}{Hash}/{width.ToString(CultureInfo.InvariantCulture)}.{extension}";

    /// <summary>A srcset list of every width in one format.</summary>
    public string SrcSet(int mediaId, string extension) =>
        string.Join(", ", Widths.Select(w => $"{Url(mediaId, w, extension)} {w.ToString(CultureInfo.InvariantCulture)}w"));

    /// <summary>The smallest width at least <paramref name="width"/> wide, else the largest there is.</summary>
    public int WidthFor(int width) => Widths.FirstOrDefault(w => w >= width, LargestWidth);

    public override string ToString() =>
        $"{MadeBy.ToString(CultureInfo.InvariantCulture)}:{Hash}:{Extension}:{string.Join(',', Widths.Select(w => w.ToString(CultureInfo.InvariantCulture)))}";

    /// <summary>The set a media file's stored text describes, whichever recipe made it; null when there is none.</summary>
    public static ImageVariants? Parse(string? stored)
    {
        var parts = stored?.Split(':');
        if (parts is not [var recipe, var hash, var extension, var widths]
            || !int.TryParse(recipe, NumberStyles.None, CultureInfo.InvariantCulture, out var madeBy) || madeBy <= 0
            || !IsHash(hash) || !ContentTypes.ContainsKey(extension) || extension == WebP)
        {
            return null;
        }
        var list = new List<int>();
        foreach (var width in widths.Split(','))
        {
            if (!int.TryParse(width, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0 || (list.Count > 0 && value <= list[^1]))
            {
                return null;
            }
            list.Add(value);
        }
        return new ImageVariants(hash, extension, list, madeBy);
    }

    /// <summary>Sixteen lower-case hexadecimal digits, as variant hashes are.</summary>
    public static bool IsHash(string? text) => text is { Length: 16 } && text.All(char.IsAsciiHexDigitLower);
}
