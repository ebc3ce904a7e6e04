using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace HealthNews.Web.Setup;

/// <summary>
/// The request's culture from its address: "/en/…" is English, everything else Vietnamese (ADR-017). Neither a cookie, a
/// query string nor the browser's Accept-Language changes it, so that a page and its cached copy always speak the
/// language of their address. An error page re-executed for "/en/…" (a 404 there) speaks English too.
/// </summary>
internal sealed class EditionCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var path = httpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? httpContext.Request.Path.Value;
        var culture = Edition.ForPath(new PathString(path)).Culture.Name;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture, culture));
    }
}
