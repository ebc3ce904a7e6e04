using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.Areas.Admin.Controllers;

public sealed class AccountController(SignInManager<AppUser> signIn, AuditLog audit) : AdminController
{
    [AllowAnonymous]
    [HttpGet(Urls.Admin.SignIn)]
    public IActionResult SignIn(string? returnUrl) => View(new SignInModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost(Urls.Admin.SignIn)]
    public async Task<IActionResult> SignIn(SignInModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        var result = await signIn.PasswordSignInAsync(model.Email.Trim(), model.Password, isPersistent: false, lockoutOnFailure: true);
        var who = new Actor(null, model.Email.Trim(), new HashSet<string>(), HttpContext.Connection.RemoteIpAddress?.ToString());
        if (result.Succeeded)
        {
            var user = await signIn.UserManager.FindByNameAsync(model.Email.Trim());
            await audit.RecordNowAsync(who with { UserId = user?.Id }, AuditActions.SignInSucceeded, nameof(AppUser), user?.Id);
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : Urls.Admin.Root);
        }
        if (result.IsLockedOut)
        {
            await audit.RecordNowAsync(who, AuditActions.SignInLockedOut);
            ModelState.AddModelError("", "Tài khoản đang tạm khoá vì đăng nhập sai nhiều lần (hoặc đã bị quản trị viên khoá). Vui lòng thử lại sau 15 phút.");
        }
        else
        {
            await audit.RecordNowAsync(who, AuditActions.SignInFailed);
            ModelState.AddModelError("", "Email hoặc mật khẩu không đúng.");
        }
        model.Password = "";
        return View(model);
    }

    [HttpPost(Urls.Admin.SignOut)]
    public async Task<IActionResult> SignOutNow()
    {
        await audit.RecordNowAsync(Actor, AuditActions.SignedOut);
        await signIn.SignOutAsync();
        return LocalRedirect(Urls.Admin.SignIn);
    }

    [AllowAnonymous]
    [HttpGet(Urls.Admin.AccessDenied)]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("Forbidden", "Tài khoản của bạn không có quyền mở trang này.");
    }
}
