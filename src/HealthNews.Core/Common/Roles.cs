namespace HealthNews.Core.Common;

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
