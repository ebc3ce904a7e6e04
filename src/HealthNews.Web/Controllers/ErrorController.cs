using HealthNews.Core.Data;
using HealthNews.Web.Middleware;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.Controllers;

/// <summary>The friendly pages behind status codes and unhandled errors; never a stack trace.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    private const string AdminErrorView = "~/Areas/Admin/Views/Shared/Error.cshtml";

    [Route(Urls.ErrorRoute)]
    public IActionResult Index(int? statusCode)
    {
        // The re-executed status is also read from the feature: when a request's form could not be read, MVC binds no
        // parameter at all, and a refused upload would otherwise be shown as a 500.
        var code = statusCode ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? StatusCodes.Status500InternalServerError;
        if (code is < 400 or > 599)
        {
            code = StatusCodes.Status404NotFound;
        }
        var error = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (StorageFull.IsCauseOf(error))
        {
            code = StatusCodes.Status507InsufficientStorage; // a write no service turned into a message: still no stack trace
        }
        else if (DatabaseBusy.IsCauseOf(error))
        {
            // The database can take no more for now (ADR-016): the reader, a browser or a proxy may try again shortly.
            code = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = DatabaseBusy.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        Response.StatusCode = code;
        var model = ErrorViewModel.For(code);
        if (HttpContext.Items[RequestLimitsMiddleware.MessageKey] is string refusal)
        {
            model = model with { Message = refusal }; // e.g. the library's own limit, for an upload that was too large
        }
        // Staff who mistype an admin address stay in the admin area's look, with its menu.
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path.Value;
        if (code < 500 && Urls.Admin.Contains(originalPath))
        {
            return View(AdminErrorView, model);
        }
        // An old portal address that leads nowhere here: its words fill the page's search box.
        ViewData["SearchWords"] = HttpContext.Items[OldAddressMiddleware.SearchWordsKey] as string;
        return View("Error", model);
    }
}
