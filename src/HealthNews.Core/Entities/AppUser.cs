using Microsoft.AspNetCore.Identity;

namespace HealthNews.Core.Entities;

/// <summary>A member of staff who signs in to the admin area.</summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}
