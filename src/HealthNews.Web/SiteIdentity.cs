namespace HealthNews.Web;

/// <summary>How the portal names itself to the outside: share cards, search engines' data, feeds and the news sitemap.</summary>
public static class SiteIdentity
{
    public const string Publisher = "Bộ Y tế";
    public const string SiteName = "Cổng thông tin điện tử Bộ Y tế";
    public const string HomeTitle = "Bộ Y tế - Cổng thông tin điện tử";
    public const string Language = "vi";
}
