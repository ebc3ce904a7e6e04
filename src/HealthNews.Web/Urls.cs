using System.Globalization;
using HealthNews.Core.Media;

namespace HealthNews.Web;

/// <summary>
/// Every address of the portal, in one place. Each route template is a constant that the controller's attribute uses,
/// and the method that builds a link fills the same template, so renaming an address is a one-line change here.
/// Media addresses are Core's (<see cref="MediaUrls"/>), as article bodies store them.
/// </summary>
public static partial class Urls
{
    public const string HomeRoute = "/";
    public const string ArticleRoute = "/tin-tuc/{slug}";
    public const string CategoryRoute = "/chuyen-muc/{slug}";
    public const string TagRoute = "/tag/{slug}";
    public const string PollsRoute = "/tham-do-y-kien";
    public const string PollRoute = PollsRoute + "/{id:int}";
    public const string PollVoteRoute = PollRoute + "/bieu-quyet";
    public const string SearchRoute = "/tim-kiem";
    public const string ErrorsPath = "/loi";
    public const string ErrorRoute = ErrorsPath + "/{statusCode:int?}";
    public const string MediaRoute = MediaUrls.Route;
    public const string MediaVariantRoute = MediaUrls.VariantRoute;
    public const string FeedRoute = "/rss";
    public const string CategoryFeedRoute = CategoryRoute + "/rss";
    public const string SitemapRoute = "/sitemap.xml";
    public const string SitemapPagesRoute = "/sitemap-pages.xml";
    public const string SitemapArticlesRoute = "/sitemap-articles-{part:int}.xml";
    public const string SitemapNewsRoute = "/sitemap-news.xml";
    public const string RobotsRoute = "/robots.txt";

    // The English edition (ADR-017): the same pages under "/en", with English words in the address.
    public const string EnglishRoot = "/en";
    public const string EnglishHomeRoute = EnglishRoot;
    public const string EnglishArticleRoute = EnglishRoot + "/news/{slug}";
    public const string EnglishCategoryRoute = EnglishRoot + "/category/{slug}";
    public const string EnglishTagRoute = EnglishRoot + "/tag/{slug}";
    public const string EnglishPollsRoute = EnglishRoot + "/polls";
    public const string EnglishPollRoute = EnglishPollsRoute + "/{id:int}";
    public const string EnglishPollVoteRoute = EnglishPollRoute + "/vote";
    public const string EnglishSearchRoute = EnglishRoot + "/search";
    public const string EnglishFeedRoute = EnglishRoot + "/rss";
    public const string EnglishCategoryFeedRoute = EnglishCategoryRoute + "/rss";
    public const string EnglishSitemapRoute = EnglishRoot + "/sitemap.xml";
    public const string EnglishSitemapPagesRoute = EnglishRoot + "/sitemap-pages.xml";
    public const string EnglishSitemapArticlesRoute = EnglishRoot + "/sitemap-articles-{part:int}.xml";

    /// <summary>The touch icon (180 px), which also stands for the publisher's logo in search engines' data.</summary>
    public const string PublisherLogo = "/apple-touch-icon.png";
    public const string HealthLive = "/health/live";
    public const string HealthReady = "/health/ready";

    // Article and category links are built dozens of times per public page: the part of each template before its one
    // placeholder is taken once, and each link is a concatenation.
    private static readonly (string Article, string Category, string Tag) VietnamesePrefixes =
        (PrefixOf(ArticleRoute), PrefixOf(CategoryRoute), PrefixOf(TagRoute));

    private static readonly (string Article, string Category, string Tag) EnglishPrefixes =
        (PrefixOf(EnglishArticleRoute), PrefixOf(EnglishCategoryRoute), PrefixOf(EnglishTagRoute));

    private static (string Article, string Category, string Tag) Prefixes(Edition edition) => edition.IsEnglish ? EnglishPrefixes : VietnamesePrefixes;

    // The links below without an edition are the current request's edition's (Edition.Current): a page links within
    // its own edition; the language switch, the hreflang alternates, the sitemaps and the admin area name theirs.

    public static string Home => HomeOf(Edition.Current);

    public static string HomeOf(Edition edition) => edition.IsEnglish ? EnglishHomeRoute : HomeRoute;

    public static string Article(string slug) => Article(slug, Edition.Current);

    public static string Article(string slug, Edition edition) => Prefixes(edition).Article + Uri.EscapeDataString(slug);

    public static string Category(string slug, int page = 1) => Category(slug, Edition.Current, page);

    public static string Category(string slug, Edition edition, int page = 1) =>
        Prefixes(edition).Category + Uri.EscapeDataString(slug) + (page > 1 ? "?page=" + page.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>A tag's page of articles.</summary>
    public static string Tag(string slug, int page = 1) =>
        Prefixes(Edition.Current).Tag + Uri.EscapeDataString(slug) + (page > 1 ? "?page=" + page.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>The search page of the current edition, where the search boxes send their words.</summary>
    public static string SearchPage => Edition.Current.IsEnglish ? EnglishSearchRoute : SearchRoute;

    /// <summary>The search page for <paramref name="query"/> with its filters; empty ones are left out.</summary>
    public static string Search(string? query, string? category = null, string? from = null, string? to = null, int page = 1) =>
        SearchPage + Query(
            ("q", query),
            ("chuyen-muc", category),
            ("tu", from),
            ("den", to),
            ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));

    public static string Polls => Edition.Current.IsEnglish ? EnglishPollsRoute : PollsRoute;

    public static string Feed => FeedOf(Edition.Current);

    public static string FeedOf(Edition edition) => edition.IsEnglish ? EnglishFeedRoute : FeedRoute;

    public static string CategoryFeed(string slug) => Fill(Edition.Current.IsEnglish ? EnglishCategoryFeedRoute : CategoryFeedRoute, slug);

    /// <summary>The current edition's sitemap index (each edition has its own set, ADR-017).</summary>
    public static string Sitemap => SitemapOf(Edition.Current);

    public static string SitemapOf(Edition edition) => edition.IsEnglish ? EnglishSitemapRoute : SitemapRoute;

    public static string SitemapPages => Edition.Current.IsEnglish ? EnglishSitemapPagesRoute : SitemapPagesRoute;

    public static string SitemapArticles(int part) => Fill(Edition.Current.IsEnglish ? EnglishSitemapArticlesRoute : SitemapArticlesRoute, part);

    public static string SitemapNews => SitemapNewsRoute;

    public static string Poll(int id) => Poll(id, Edition.Current);

    /// <summary>A poll's page in a given edition: the admin area links each poll to its own edition's page.</summary>
    public static string Poll(int id, Edition edition) => Fill(edition.IsEnglish ? EnglishPollRoute : PollRoute, id);

    public static string PollVote(int id) => Fill(Edition.Current.IsEnglish ? EnglishPollVoteRoute : PollVoteRoute, id);

    /// <summary>The id of the results (or of the line saying when they will be public) on a poll's page.</summary>
    public const string PollResultsFragment = "ket-qua";

    public static string PollResults(int id) => Poll(id) + "#" + PollResultsFragment;

    // "/tin-tuc/" of "/tin-tuc/{slug}": the template must end with its only placeholder.
    private static string PrefixOf(string template) =>
        template.IndexOf('{', StringComparison.Ordinal) is var start and > 0 && template.IndexOf('}', StringComparison.Ordinal) == template.Length - 1
            ? template[..start]
            : throw new InvalidOperationException($"'{template}' must end with its only placeholder.");

    /// <summary>"?name=value&amp;…" for the pairs that have a value, each escaped; "" when none has.</summary>
    public static string Query(params (string Name, string? Value)[] pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var given = pairs.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!)).ToList();
        return given.Count == 0 ? "" : "?" + string.Join('&', given);
    }

    /// <summary>
    /// The template with its placeholders (<c>{name}</c> or <c>{name:constraint}</c>) replaced in order by
    /// <paramref name="values"/>, each escaped for a path segment.
    /// </summary>
    public static string Fill(string template, params object[] values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var result = new System.Text.StringBuilder(template.Length + 16);
        var next = 0;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                result.Append(template[i]);
                continue;
            }
            var end = template.IndexOf('}', i);
            if (end < 0 || next >= values.Length)
            {
                throw new ArgumentException($"The address '{template}' needs more values than the {values.Length} given.", nameof(values));
            }
            result.Append(Uri.EscapeDataString(Convert.ToString(values[next++], CultureInfo.InvariantCulture) ?? ""));
            i = end;
        }
        return next == values.Length ? result.ToString()
            : throw new ArgumentException($"The address '{template}' takes {next} value(s), not {values.Length}.", nameof(values));
    }
}
