using HealthNews.Core.Articles;
using HealthNews.Core.Media;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace HealthNews.Web.ViewModels;

/// <summary>
/// What a page tells share previews (Open Graph, Twitter) and search engines: addresses are site paths, made absolute
/// where the card is written; times are already ISO 8601 in Vietnam time (+07:00).
/// </summary>
public sealed record ShareCardViewModel(string Type, string Title, string Url, string? Description = null)
{
    public const string Article = "article";
    public const string Website = "website";

    public ShareImageViewModel? Image { get; init; }

    public string? PublishedTime { get; init; }

    public string? ModifiedTime { get; init; }

    public string? Section { get; init; }

    public static ShareCardViewModel ForWebsite(string title, string url) => new(Website, title, url);
}

/// <summary>The image of a share card, with its size when the media row has it.</summary>
public sealed record ShareImageViewModel(string Url, string? Alt, int? Width, int? Height)
{
    /// <summary>A share card's image: a variant about 1200 px wide in JPEG or PNG when there is one, else the stored file.</summary>
    public static ShareImageViewModel Of(MediaRef image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Picture.ShareVariant(image.Image) is { } variant
            ? new(variant.Url, image.AltText, variant.Width, variant.Height)
            : new(image.Url, image.AltText, image.Width, image.Height);
    }
}

/// <summary>The schema.org <c>NewsArticle</c> of an article page, as JSON-LD that is safe inside a script element.</summary>
public static class NewsArticleJsonLd
{
    // The default JavaScript encoder always escapes <, >, & and quotes (\u003C…), so "</script>" in a title can't end
    // the script element; Vietnamese letters go out as they are.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(ShareCardViewModel card, Func<string, string> absolute, string language = SiteIdentity.Language,
        string publisher = SiteIdentity.Publisher)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(absolute);
        var url = absolute(card.Url);
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = card.Title,
            ["description"] = card.Description,
            ["image"] = card.Image is { } image ? new[] { absolute(image.Url) } : null,
            ["datePublished"] = card.PublishedTime,
            ["dateModified"] = card.ModifiedTime,
            ["articleSection"] = card.Section,
            ["inLanguage"] = language,
            ["mainEntityOfPage"] = new Dictionary<string, object?> { ["@type"] = "WebPage", ["@id"] = url },
            ["url"] = url,
            ["publisher"] = new Dictionary<string, object?>
            {
                ["@type"] = "Organization",
                ["name"] = publisher,
                ["logo"] = new Dictionary<string, object?> { ["@type"] = "ImageObject", ["url"] = absolute(Urls.PublisherLogo) },
            },
        };
        // Null-ignoring options skip properties, not dictionary entries: absent values are left out here.
        return JsonSerializer.Serialize(data.Where(pair => pair.Value is not null).ToDictionary(), Options);
    }
}
