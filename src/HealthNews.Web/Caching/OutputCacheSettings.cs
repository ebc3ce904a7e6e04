namespace HealthNews.Web.Caching;

/// <summary>Output-cache settings, bound from "HealthNews:OutputCache".</summary>
public sealed class OutputCacheSettings
{
    public const string SectionName = "HealthNews:OutputCache";

    public bool Enabled { get; set; } = true;

    /// <summary>The longest a page is kept; shorter when a scheduled article is due sooner.</summary>
    public int DurationSeconds { get; set; } = 600;
}
