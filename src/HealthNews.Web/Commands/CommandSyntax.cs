namespace HealthNews.Web.Commands;

/// <summary>
/// What a command takes: its options (each followed by a value) and flags, the line that shows them, and what it does.
/// Arguments meant for the host (configuration such as <c>--HealthNews:DataDirectory=/srv/data</c> or
/// <c>--environment Production</c>) may stand among them; anything else is refused with the command's usage.
/// </summary>
internal sealed record CommandSyntax(string Name, string Arguments, string Description, string[] Options, string[] Flags)
{
    // The host's own switches (WebApplication.CreateBuilder), each followed by a value.
    private static readonly string[] HostOptions = ["--environment", "--contentRoot", "--applicationName", "--urls"];

    public CommandSyntax(string name, string arguments, string description)
        : this(name, arguments, description, [], [])
    {
    }

    /// <summary>The command and what it takes, as the usage shows it.</summary>
    public string Line => Arguments.Length == 0 ? Name : Name + " " + Arguments;

    /// <summary>The first argument this command does not know, or null when it knows them all.</summary>
    public string? FirstUnknown(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i++)
        {
            var argument = args[i];
            if (Flags.Contains(argument) || CommandRunner.IsConfiguration(argument))
            {
                continue;
            }
            if (Options.Contains(argument) || HostOptions.Contains(argument, StringComparer.OrdinalIgnoreCase)
                || (argument.StartsWith("--", StringComparison.Ordinal) && argument.Contains(':', StringComparison.Ordinal)))
            {
                i++; // its value
                continue;
            }
            return argument;
        }
        return null;
    }

    /// <summary>
    /// Refuses <paramref name="args"/> when one of them is unknown, printing the command's usage: exit code
    /// <see cref="CommandRunner.UsageExitCode"/>; null when they are all known.
    /// </summary>
    public async Task<int?> RefuseUnknownAsync(IReadOnlyList<string> args)
    {
        if (FirstUnknown(args) is not { } unknown)
        {
            return null;
        }
        await Console.Error.WriteLineAsync($"Lệnh {Name} không có tuỳ chọn “{unknown}”.");
        return await UsageAsync();
    }

    /// <summary>Prints the command's usage to standard error and returns <see cref="CommandRunner.UsageExitCode"/>.</summary>
    public async Task<int> UsageAsync()
    {
        await Console.Error.WriteLineAsync($"Cách dùng: {Line}\n{Description}");
        return CommandRunner.UsageExitCode;
    }
}
