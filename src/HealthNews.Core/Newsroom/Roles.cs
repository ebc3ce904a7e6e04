namespace HealthNews.Core.Newsroom;

/// <summary>The staff roles and what each is called in the admin area.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Author = "Author";
    public const string PollManager = "PollManager";

    public static readonly IReadOnlyList<string> All = [Administrator, Editor, Author, PollManager];

    public static string VietnameseName(string role) => role switch
    {
        Administrator => "Quản trị viên",
        Editor => "Biên tập viên",
        Author => "Phóng viên",
        PollManager => "Quản lý thăm dò ý kiến",
        _ => role,
    };
}

/// <summary>Who is acting, for permission checks and the audit trail.</summary>
public sealed record Actor(string? UserId, string DisplayName, IReadOnlySet<string> Roles, string? IpAddress)
{
    public bool IsAdministrator => Roles.Contains(Newsroom.Roles.Administrator);

    /// <summary>Editors and administrators review, publish, schedule and unpublish any article.</summary>
    public bool CanPublish => IsAdministrator || Roles.Contains(Newsroom.Roles.Editor);

    public bool IsStaffWriter => CanPublish || Roles.Contains(Newsroom.Roles.Author);

    /// <summary>Someone acting from the command line or a test, outside any request.</summary>
    public static Actor System(string name) => new(null, name, new HashSet<string> { Newsroom.Roles.Administrator }, null);
}

/// <summary>The outcome of a command: done, or why not, in words an editor can act on.</summary>
public sealed record CommandResult(CommandStatus Status, string? Message = null, int Id = 0, IReadOnlyDictionary<string, string>? Errors = null)
{
    public bool Succeeded => Status == CommandStatus.Ok;

    public static CommandResult Ok(int id = 0, string? message = null) => new(CommandStatus.Ok, message, id);

    public static CommandResult NotFound() => new(CommandStatus.NotFound, "Không tìm thấy nội dung này; có thể nó đã bị xoá.");

    public static CommandResult Forbidden(string message) => new(CommandStatus.Forbidden, message);

    public static CommandResult Conflict(string message) => new(CommandStatus.Conflict, message);

    public static CommandResult Invalid(string field, string message) =>
        new(CommandStatus.Invalid, message, Errors: new Dictionary<string, string> { [field] = message });

    public static CommandResult Invalid(IReadOnlyDictionary<string, string> errors) =>
        new(CommandStatus.Invalid, errors.Values.FirstOrDefault(), Errors: errors);
}

public enum CommandStatus
{
    Ok,
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
}
