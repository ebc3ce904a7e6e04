namespace HealthNews.Web.ViewModels;

/// <summary>The portal's public addresses, in one place.</summary>
public static class Urls
{
    public static string Article(string slug) => "/tin-tuc/" + Uri.EscapeDataString(slug);

    public static string Category(string slug, int page = 1) =>
        "/chuyen-muc/" + Uri.EscapeDataString(slug) + (page > 1 ? "?page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
}
