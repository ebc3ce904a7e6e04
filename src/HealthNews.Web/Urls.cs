using System.Globalization;
using HealthNews.Core.Media;

namespace HealthNews.Web;

/// <summary>
/// Every address of the portal, in one place. Each route template is a constant that the controller's attribute uses,
/// and the method that builds a link fills the same template, so renaming an address is a one-line change here.
/// Media addresses are Core's (<see cref="MediaUrls"/>), as article bodies store them.
/// </summary>
public static class Urls
{
    public const string HomeRoute = "/";
    public const string ArticleRoute = "/tin-tuc/{slug}";
    public const string CategoryRoute = "/chuyen-muc/{slug}";
    public const string PollsRoute = "/tham-do-y-kien";
    public const string PollRoute = PollsRoute + "/{id:int}";
    public const string PollVoteRoute = PollRoute + "/bieu-quyet";
    public const string ErrorsPath = "/loi";
    public const string ErrorRoute = ErrorsPath + "/{statusCode:int?}";
    public const string MediaRoute = MediaUrls.Route;
    public const string HealthLive = "/health/live";
    public const string HealthReady = "/health/ready";

    /// <summary>The path prefix of the poll pages, where the anonymous voter's cookie lives.</summary>
    public const string PollsPath = PollsRoute;

    public static string Home => HomeRoute;

    public static string Article(string slug) => Fill(ArticleRoute, slug);

    public static string Category(string slug, int page = 1) =>
        Fill(CategoryRoute, slug) + (page > 1 ? "?page=" + page.ToString(CultureInfo.InvariantCulture) : "");

    public static string Polls => PollsRoute;

    public static string Poll(int id) => Fill(PollRoute, id);

    public static string PollVote(int id) => Fill(PollVoteRoute, id);

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
