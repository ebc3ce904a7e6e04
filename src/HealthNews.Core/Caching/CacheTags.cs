namespace HealthNews.Core.Caching;

/// <summary>The tags public pages carry. Every page shows the menu, the latest items and the poll block.</summary>
public static class CacheTags
{
    /// <summary>Published articles: every page's "Xuất bản thông tin", listings, article pages, "Tin liên quan".</summary>
    public const string Articles = "articles";

    /// <summary>The category menu, breadcrumbs and listings.</summary>
    public const string Categories = "categories";

    /// <summary>The sidebar poll block and the poll archive.</summary>
    public const string Polls = "polls";

    /// <summary>The poll archive, which shows every poll's counts.</summary>
    public const string PollArchive = "poll-archive";

    /// <summary>One poll's page, whose results change with each vote.</summary>
    public static string Poll(int id) => "poll-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
