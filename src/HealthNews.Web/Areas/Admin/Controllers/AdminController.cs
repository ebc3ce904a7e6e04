using HealthNews.Core.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.Areas.Admin.Controllers;

/// <summary>Every admin controller: the Admin area, antiforgery on every POST, staff only unless an action says more.</summary>
[Area("Admin")]
[AutoValidateAntiforgeryToken]
[Authorize(Policy = Policies.Staff)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class AdminController : Controller
{
    private const string FlashKey = "Flash";
    private const string FlashErrorKey = "FlashError";

    protected Actor Actor => HttpContext.ToActor();

    protected void Flash(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        TempData[result.Succeeded ? FlashKey : FlashErrorKey] = result.Message;
    }

    /// <summary>The answer for a command that did not succeed and has no form to show again.</summary>
    protected IActionResult Refusal(CommandResult result, string returnUrl)
    {
        ArgumentNullException.ThrowIfNull(result);
        switch (result.Status)
        {
            case CommandStatus.NotFound:
                return NotFound();
            case CommandStatus.Forbidden:
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return View("Forbidden", result.Message);
            default:
                Flash(result);
                return LocalRedirect(returnUrl);
        }
    }

    /// <summary>After a button's command: back to <paramref name="url"/> with its message, or the refusal.</summary>
    protected IActionResult AfterCommand(CommandResult result, string url, string? refusalUrl = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            return Refusal(result, refusalUrl ?? url);
        }
        Flash(result);
        return LocalRedirect(url);
    }

    /// <summary>The status of an answer that shows a refused command's message: 400, or what its status says.</summary>
    protected static int StatusCodeOf(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            CommandStatus.NotFound => StatusCodes.Status404NotFound,
            CommandStatus.Forbidden => StatusCodes.Status403Forbidden,
            CommandStatus.Conflict => StatusCodes.Status409Conflict,
            CommandStatus.StorageFull => StatusCodes.Status507InsufficientStorage,
            _ => StatusCodes.Status400BadRequest,
        };
    }

    protected void AddErrors(CommandResult result, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Errors is { Count: > 0 } errors)
        {
            foreach (var (field, message) in errors)
            {
                ModelState.AddModelError(prefix + field, message);
            }
        }
        else
        {
            ModelState.AddModelError("", result.Message ?? "Không thực hiện được.");
        }
    }
}
