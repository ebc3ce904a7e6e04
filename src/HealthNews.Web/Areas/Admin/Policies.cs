using HealthNews.Core.Common;
using Microsoft.AspNetCore.Authorization;

namespace HealthNews.Web.Areas.Admin;

/// <summary>The admin area's authorization policies; every admin action names one.</summary>
public static class Policies
{
    public const string Staff = nameof(Staff);
    public const string Newsroom = nameof(Newsroom);
    public const string Publishing = nameof(Publishing);
    public const string ManageCategories = nameof(ManageCategories);
    public const string ManageOldAddresses = nameof(ManageOldAddresses);
    public const string UploadMedia = nameof(UploadMedia);
    public const string DeleteMedia = nameof(DeleteMedia);
    public const string ManageUsers = nameof(ManageUsers);
    public const string ViewAudit = nameof(ViewAudit);
    public const string ManagePolls = nameof(ManagePolls);
    public const string Administration = nameof(Administration);

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Staff, p => p.RequireRole(Roles.All));
        options.AddPolicy(Newsroom, p => p.RequireRole(Roles.Administrator, Roles.Editor, Roles.Author));
        options.AddPolicy(Publishing, p => p.RequireRole(Roles.Administrator, Roles.Editor));
        options.AddPolicy(ManageCategories, p => p.RequireRole(Roles.Administrator, Roles.Editor));
        options.AddPolicy(ManageOldAddresses, p => p.RequireRole(Roles.Administrator, Roles.Editor));
        options.AddPolicy(UploadMedia, p => p.RequireRole(Roles.Administrator, Roles.Editor, Roles.Author));
        options.AddPolicy(DeleteMedia, p => p.RequireRole(Roles.Administrator, Roles.Editor));
        options.AddPolicy(ManageUsers, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(ViewAudit, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(ManagePolls, p => p.RequireRole(Roles.Administrator, Roles.PollManager));
        options.AddPolicy(Administration, p => p.RequireRole(Roles.Administrator));
    }
}
