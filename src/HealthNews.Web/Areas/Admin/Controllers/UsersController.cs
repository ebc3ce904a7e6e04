using HealthNews.Core.Common;
using HealthNews.Core.Users;
using HealthNews.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.Areas.Admin.Controllers;

[Authorize(Policy = Policies.ManageUsers)]
public sealed class UsersController(UserAdministration users) : AdminController
{
    [HttpGet(Urls.Admin.Users)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new UsersPage(await users.ListAsync(cancellationToken), new UserFormModel(), null));

    [HttpPost(Urls.Admin.Users)]
    public async Task<IActionResult> Create(UserFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (result, password) = await users.CreateAsync(form.Email ?? "", form.DisplayName ?? "", form.Roles, null, Actor);
        if (!result.Succeeded)
        {
            AddErrors(result);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new UsersPage(await users.ListAsync(cancellationToken), form, null));
        }
        // The one-time password is shown once, on this page only, and never stored in clear.
        return View("Index", new UsersPage(await users.ListAsync(cancellationToken), new UserFormModel(),
            $"{result.Message} Mật khẩu tạm thời (chỉ hiện một lần): {password}"));
    }

    [HttpPost(Urls.Admin.UserRolesRoute)]
    public async Task<IActionResult> SetRoles(string id, List<string> roles) =>
        Done(await users.SetRolesAsync(id, roles ?? [], Actor));

    [HttpPost(Urls.Admin.UserLockRoute)]
    public async Task<IActionResult> Lock(string id) => Done(await users.SetLockedAsync(id, true, Actor));

    [HttpPost(Urls.Admin.UserUnlockRoute)]
    public async Task<IActionResult> Unlock(string id) => Done(await users.SetLockedAsync(id, false, Actor));

    [HttpPost(Urls.Admin.UserResetPasswordRoute)]
    public async Task<IActionResult> ResetPassword(string id, CancellationToken cancellationToken)
    {
        var (result, password) = await users.ResetPasswordAsync(id, Actor);
        if (!result.Succeeded)
        {
            return Refusal(result, Urls.Admin.Users);
        }
        return View("Index", new UsersPage(await users.ListAsync(cancellationToken), new UserFormModel(),
            $"{result.Message} Mật khẩu tạm thời (chỉ hiện một lần): {password}"));
    }

    private IActionResult Done(CommandResult result) => AfterCommand(result, Urls.Admin.Users);
}
