namespace HealthNews.Core.Common;

/// <summary>Who is acting, for permission checks and the audit trail.</summary>
public sealed record Actor(string? UserId, string DisplayName, IReadOnlySet<string> Roles, string? IpAddress)
{
    public bool IsAdministrator => Roles.Contains(Common.Roles.Administrator);

    /// <summary>Editors and administrators review, publish, schedule and unpublish any article.</summary>
    public bool CanPublish => IsAdministrator || Roles.Contains(Common.Roles.Editor);

    public bool IsStaffWriter => CanPublish || Roles.Contains(Common.Roles.Author);

    /// <summary>Someone acting from the command line or a test, outside any request.</summary>
    public static Actor System(string name) => new(null, name, new HashSet<string> { Common.Roles.Administrator }, null);
}
