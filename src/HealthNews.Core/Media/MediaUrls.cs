using System.Globalization;
using System.Text.RegularExpressions;

namespace HealthNews.Core.Media;

/// <summary>The addresses of stored files: built here, and recognised in article bodies, which store them.</summary>
public static partial class MediaUrls
{
    private const string Prefix = "/media/";

    /// <summary>The route template of <see cref="For"/>.</summary>
    public const string Route = Prefix + "{id:int}/{fileName}";

    /// <summary>The route template of <see cref="ImageVariants.Url"/>.</summary>
    public const string VariantRoute = Prefix + "{id:int}/{hash:length(16)}/{width:int}.{extension}";

    /// <summary>The public address of a stored file: its id decides, the name is there for people and downloads.</summary>
    public static string For(int id, string fileName) => PathOf(id) + Uri.EscapeDataString(fileName);

    /// <summary>The start of every address of the stored file <paramref name="id"/> ("/media/12/"), whatever its name.</summary>
    public static string PathOf(int id) => Prefix + id.ToString(CultureInfo.InvariantCulture) + "/";

    /// <summary>The stored file a portal media address points to, or null for any other address.</summary>
    public static int? IdFrom(string? url)
    {
        var match = url is null ? null : OwnAddress().Match(url);
        return match is { Success: true } && int.TryParse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>Every stored file a Markdown body refers to.</summary>
    public static IReadOnlyList<int> IdsIn(string? markdown) =>
        markdown is null ? [] : MediaAddress().Matches(markdown).Select(m => int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture)).Distinct().ToList();

    [GeneratedRegex(Prefix + @"(\d{1,9})/")]
    private static partial Regex MediaAddress();

    // The portal's own address only: another site's "https://…/media/12/x.jpg" is not stored file 12.
    [GeneratedRegex("^" + Prefix + @"(\d{1,9})/")]
    private static partial Regex OwnAddress();
}
