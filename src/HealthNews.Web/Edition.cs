using System.Globalization;
using HealthNews.Core.Common;

namespace HealthNews.Web;

/// <summary>
/// One edition of the public site (ADR-017): its language, the culture its interface is written in, and the root of its
/// addresses. The Vietnamese edition lives at the root, the English one under "/en". A request's edition follows from
/// its address alone (<see cref="ForPath"/>); RequestLocalization then makes its culture current for the request, and
/// <see cref="Current"/> reads it back.
/// </summary>
public sealed class Edition
{
    public static readonly Edition Vietnamese = new(ContentLanguage.Vietnamese, "", CultureInfo.GetCultureInfo("vi-VN"));

    public static readonly Edition English = new(ContentLanguage.English, Urls.EnglishRoot, CultureInfo.GetCultureInfo("en-GB"));

    public static readonly IReadOnlyList<Edition> All = [Vietnamese, English];

    private Edition(string language, string root, CultureInfo culture)
    {
        Language = language;
        Root = root;
        Culture = culture;
    }

    /// <summary>"vi" or "en", as articles and polls store it.</summary>
    public string Language { get; }

    /// <summary>Where the edition's addresses start: "" or "/en".</summary>
    public string Root { get; }

    /// <summary>The culture of the edition's interface strings and date names.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The value of <c>&lt;html lang&gt;</c> and of hreflang.</summary>
    public string HtmlLang => Language;

    public bool IsEnglish => Language == ContentLanguage.English;

    /// <summary>The Open Graph locale of the edition's pages: "vi_VN", "en_GB".</summary>
    public string OpenGraphLocale => Culture.Name.Replace('-', '_');

    /// <summary>The language's name in itself, as the language switch shows it: "Tiếng Việt", "English".</summary>
    public string NativeName => IsEnglish ? "English" : "Tiếng Việt";

    /// <summary>The other edition: where the language switch leads.</summary>
    public Edition Other => IsEnglish ? Vietnamese : English;

    public static Edition Of(string? language) => language == ContentLanguage.English ? English : Vietnamese;

    /// <summary>The edition an address belongs to: "/en" and everything under it is English, the rest Vietnamese.</summary>
    public static Edition ForPath(PathString path) =>
        path.StartsWithSegments(Urls.EnglishRoot, StringComparison.OrdinalIgnoreCase) ? English : Vietnamese;

    /// <summary>The current request's edition, from the culture RequestLocalization made current; Vietnamese outside a request.</summary>
    public static Edition Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == ContentLanguage.English ? English : Vietnamese;

    public override string ToString() => Language;
}
