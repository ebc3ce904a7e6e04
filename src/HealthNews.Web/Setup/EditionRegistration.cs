using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;

namespace HealthNews.Web.Setup;

/// <summary>
/// The two editions' interface languages (ADR-017): views and view models take their words from resource files
/// (Resources/*.en.resx hold the English; the Vietnamese words are the keys), and each request's culture comes from its
/// address alone.
/// </summary>
public static class EditionRegistration
{
    public static WebApplicationBuilder AddEditions(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddMvc().AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix);
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Edition.All.Select(e => e.Culture).ToList();
            o.DefaultRequestCulture = new RequestCulture(Edition.Vietnamese.Culture);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders = [new EditionCultureProvider()];
        });
        return builder;
    }
}
