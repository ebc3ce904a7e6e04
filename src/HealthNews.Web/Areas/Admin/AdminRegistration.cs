using System.Security.Claims;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Options;

namespace HealthNews.Web.Areas.Admin;

public static class AdminRegistration
{
    public const string DisplayNameClaim = "hn:display_name";

    /// <summary>Identity over the portal's database, the sign-in cookie and the admin policies.</summary>
    public static WebApplicationBuilder AddHealthNewsAdmin(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<HealthNewsDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "HealthNews.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = Urls.Admin.SignIn;
            o.LogoutPath = Urls.Admin.SignOut;
            o.AccessDeniedPath = Urls.Admin.AccessDenied;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        // A changed role or a lock takes effect within a minute on every signed-in browser.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "HealthNews.Antiforgery";
            o.Cookie.Path = Urls.Admin.Root;
        });
        builder.Services.Configure<MvcViewOptions>(o =>
        {
            // The admin forms post only the fields they show: an unticked box binds false without a hidden "false"
            // field, and numbers and dates need no "__Invariant" marker. These options hold for every view (public views
            // use no form tag helpers): a bool property bound from a checkbox must therefore default to false, or it
            // could never be unticked.
            o.HtmlHelperOptions.CheckBoxHiddenInputRenderMode = CheckBoxHiddenInputRenderMode.None;
            o.HtmlHelperOptions.FormInputRenderMode = FormInputRenderMode.AlwaysUseCurrentCulture;
        });
        builder.Services.AddAuthorization(Policies.Configure);
        return builder;
    }

    /// <summary>Who is acting in this request, for Core's permission checks and the audit trail.</summary>
    public static Actor ToActor(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        return new Actor(
            user.FindFirstValue(ClaimTypes.NameIdentifier),
            user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "Khách",
            roles,
            context.Connection.RemoteIpAddress?.ToString());
    }

    private sealed class StaffClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
        : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
    {
        protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
        {
            var identity = await base.GenerateClaimsAsync(user);
            identity.AddClaim(new Claim(DisplayNameClaim, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
            return identity;
        }
    }
}
