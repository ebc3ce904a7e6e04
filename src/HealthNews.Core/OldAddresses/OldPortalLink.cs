using System.Text.RegularExpressions;

namespace HealthNews.Core.OldAddresses;

/// <summary>
/// An address of the Ministry's old portal (Liferay 6 at moh.gov.vn): an article by its url title, or a category
/// listing. <see cref="Parse"/> knows the forms those addresses took.
/// </summary>
public sealed partial record OldPortalLink(string Slug, bool IsListing)
{
    /// <summary>The old address's words, for a search when it leads nowhere here.</summary>
    public string Words => Slug.Replace('-', ' ');

    /// <summary>
    /// <c>/web/guest/-/{slug}</c>, <c>/{category}/-/asset_publisher/{id}/content/{slug}</c> (either with <c>/web/guest</c>,
    /// <c>/vi_VN</c> or <c>/en_US</c> in front), and listings <c>/web/guest/{category}</c>, <c>/vi_VN/{category}</c>;
    /// null for any other path. Query strings are the caller's to drop.
    /// </summary>
    public static OldPortalLink? Parse(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }
        if (ArticlePath().Match(path) is { Success: true } article)
        {
            return new(article.Groups["slug"].Value.ToLowerInvariant(), false);
        }
        if (ListingPath().Match(path) is { Success: true } listing)
        {
            return new(listing.Groups["slug"].Value.ToLowerInvariant(), true);
        }
        return null;
    }

    [GeneratedRegex(@"^(?:/(?:vi_VN|en_US))?(?:/web/guest)?(?:/[^/]+)?/-/(?:asset_publisher/[A-Za-z0-9]+/content/)?(?<slug>[A-Za-z0-9][A-Za-z0-9-]*)/?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticlePath();

    [GeneratedRegex(@"^(?:/(?:vi_VN|en_US)(?:/web/guest)?|/web/guest)/(?<slug>[A-Za-z0-9][A-Za-z0-9-]*)/?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListingPath();
}
