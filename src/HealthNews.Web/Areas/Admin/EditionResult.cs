using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.Areas.Admin;

/// <summary>
/// A page of the public site rendered from the admin area in an edition's culture (ADR-017): the preview of an English
/// article speaks English, says html lang="en" and links within /en, because <see cref="Edition.Current"/>, the
/// localizers and the date formats read the current culture. The culture is set only while the page is written: the
/// result is made there too (<paramref name="render"/>), so its view model is built in the edition's culture as well.
/// </summary>
/// <param name="edition">The edition whose culture the page is written in.</param>
/// <param name="render">Makes the result (a view) once the culture is set.</param>
public sealed class EditionResult(Edition edition, Func<IActionResult> render) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var feature = context.HttpContext.Features.Get<IRequestCultureFeature>();
        CultureInfo.CurrentCulture = edition.Culture;
        CultureInfo.CurrentUICulture = edition.Culture;
        context.HttpContext.Features.Set<IRequestCultureFeature>(new RequestCultureFeature(new RequestCulture(edition.Culture), provider: null));
        try
        {
            await render().ExecuteResultAsync(context);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            context.HttpContext.Features.Set(feature);
        }
    }
}
