namespace HealthNews.Web.ViewModels;

/// <summary>
/// The header's link to the other edition: to the same page there when it exists (an article's translation, the same
/// category, the other home page), which is then also announced as an hreflang alternate; else to that edition's home.
/// A page sets it in <c>ViewData[Key]</c>; without one the layout offers the other edition's home.
/// </summary>
/// <param name="Target">The edition the link leads to.</param>
/// <param name="Url">Where it leads.</param>
/// <param name="IsSamePage">Whether it is this page in the other language (an hreflang alternate) rather than that edition's home.</param>
/// <param name="SelfUrl">This page's own address, the other alternate.</param>
public sealed record LanguageSwitchViewModel(Edition Target, string Url, bool IsSamePage, string? SelfUrl = null)
{
    public const string Key = "LanguageSwitch";

    /// <summary>The other edition's home page, for a page that has no counterpart there.</summary>
    public static LanguageSwitchViewModel ToHomeOf(Edition target) => new(target, Urls.HomeOf(target), false);

    /// <summary>The same page in the other edition: an hreflang alternate of <paramref name="selfUrl"/>.</summary>
    public static LanguageSwitchViewModel SamePage(Edition target, string url, string selfUrl) => new(target, url, true, selfUrl);
}
