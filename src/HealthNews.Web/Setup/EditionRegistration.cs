using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

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
        // Every view injects it; it reads the culture at each lookup, so one instance serves every request (the default
        // transient one repeats the factory's reflection for every view of every page).
        services.AddSingleton<IStringLocalizer<PortalText>, PortalTextLocalizer>();
        // No AddViewLocalization: there are no per-culture views, and its view-location expander made every view lookup
        // culture-dependent (three locations probed per view; measured as the largest part of the editions' cost).
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
