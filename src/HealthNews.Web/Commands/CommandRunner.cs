namespace HealthNews.Web.Commands;

/// <summary>
/// Maintenance commands run from the command line instead of the web server:
/// <c>dotnet run --project src/HealthNews.Web -- &lt;command&gt; ...</c>. One file per command. A first argument that is a
/// word but names no command is refused with the usage (it used to start the portal); arguments for the host
/// (<c>--urls …</c>, <c>--environment …</c>, <c>--Section:Key=value</c>, <c>Key=value</c>) start the portal as before.
/// </summary>
public static class CommandRunner
{
    /// <summary>The exit code of a command line that names an unknown command or option.</summary>
    public const int UsageExitCode = 2;

    private static readonly string[] UsageLines =
    [
        CopyDatabaseCommand.Syntax.Line, CopyDatabaseCommand.Syntax.Description,
        CreateUserCommand.Syntax.Line, CreateUserCommand.Syntax.Description,
        MigrationScriptCommand.Syntax.Line, MigrationScriptCommand.Syntax.Description,
        GenerateContentCommand.Syntax.Line, GenerateContentCommand.Syntax.Description,
        RerenderArticlesCommand.Syntax.Line, RerenderArticlesCommand.Syntax.Description,
        MediaVariantsCommand.Syntax.Line, MediaVariantsCommand.Syntax.Description,
        BackupCommand.Syntax.Line, BackupCommand.Syntax.Description,
        RestoreCommand.Syntax.Line, RestoreCommand.Syntax.Description,
    ];

    private static readonly string[] HelpWords = ["help", "--help", "-h", "-?", "/?"];

    /// <summary>
    /// Runs the command named by the first argument and returns its exit code; null when the arguments are the host's
    /// (or there are none) and the portal should start.
    /// </summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var command = args.FirstOrDefault();
        if (command is null)
        {
            return null;
        }
        if (HelpWords.Contains(command))
        {
            await Console.Out.WriteLineAsync(Usage);
            return 0;
        }
        if (IsHostArgument(command))
        {
            return null;
        }
        return command switch
        {
            "copy-database" => await CopyDatabaseCommand.RunAsync(app, args[1..]),
            "create-user" => await CreateUserCommand.RunAsync(app, args[1..]),
            "migration-script" => await MigrationScriptCommand.RunAsync(app, args[1..]),
            "generate-content" => await GenerateContentCommand.RunAsync(app, args[1..]),
            "rerender-articles" => await RerenderArticlesCommand.RunAsync(app, args[1..]),
            "media-variants" => await MediaVariantsCommand.RunAsync(app, args[1..]),
            "backup" => await BackupCommand.RunAsync(app, args[1..]),
            "restore" => await RestoreCommand.RunAsync(app, args[1..]),
            _ => await RefuseAsync(command),
        };
    }

    /// <summary>Every command, with what it takes and does: printed for an unknown command and for <c>help</c>.</summary>
    public static string Usage =>
        "Cách dùng: dotnet run --project src/HealthNews.Web -- [lệnh] [tuỳ chọn]\n\n" +
        "Không có lệnh: chạy cổng thông tin; các tham số của máy chủ web vẫn dùng được, ví dụ --urls http://0.0.0.0:8080,\n" +
        "--environment Production hoặc --HealthNews:DataDirectory=/srv/healthnews.\n\n" +
        "Các lệnh:\n" +
        string.Concat(UsageLines.Chunk(2).Select(pair => $"  {pair[0]}\n      {pair[1]}\n"));

    /// <summary>A configuration argument (<c>--Section:Key=value</c>, <c>Key=value</c>), which the host reads.</summary>
    internal static bool IsConfiguration(string argument) => argument.Contains('=', StringComparison.Ordinal);

    // The host's command line: switches (--urls, /urls) and configuration. A bare word is a command or a mistake.
    private static bool IsHostArgument(string argument) =>
        argument.StartsWith('-') || argument.StartsWith('/') || IsConfiguration(argument);

    private static async Task<int> RefuseAsync(string command)
    {
        await Console.Error.WriteLineAsync($"Không có lệnh “{command}”.\n\n{Usage}");
        return UsageExitCode;
    }

    /// <summary>The value after <paramref name="name"/> on the command line, or null.</summary>
    internal static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
