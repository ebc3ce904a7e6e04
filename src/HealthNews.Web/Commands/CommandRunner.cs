namespace HealthNews.Web.Commands;

/// <summary>
/// Maintenance commands run from the command line instead of the web server:
/// <c>dotnet run --project src/HealthNews.Web -- &lt;command&gt; ...</c>. One file per command.
/// </summary>
public static class CommandRunner
{
    /// <summary>Runs the command named by the first argument and returns its exit code, or null when there is none.</summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        return args.FirstOrDefault() switch
        {
            "copy-database" => await CopyDatabaseCommand.RunAsync(app, args[1..]),
            "create-user" => await CreateUserCommand.RunAsync(app, args[1..]),
            "migration-script" => await MigrationScriptCommand.RunAsync(app, args[1..]),
            "generate-content" => await GenerateContentCommand.RunAsync(app, args[1..]),
            "rerender-articles" => await RerenderArticlesCommand.RunAsync(app),
            "media-variants" => await MediaVariantsCommand.RunAsync(app),
            "backup" => await BackupCommand.RunAsync(app, args[1..]),
            "restore" => await RestoreCommand.RunAsync(app, args[1..]),
            _ => null,
        };
    }

    /// <summary>The value after <paramref name="name"/> on the command line, or null.</summary>
    internal static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
