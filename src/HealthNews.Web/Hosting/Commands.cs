using System.Data.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Web.Hosting;

/// <summary>Maintenance commands run from the command line instead of the web server.</summary>
public static partial class Commands
{
    /// <summary>Runs the command named by the first argument and returns its exit code, or null when there is none.</summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        return args.FirstOrDefault() switch
        {
            "copy-database" => await CopyDatabaseAsync(app, args[1..]),
            "create-user" => await CreateUserAsync(app, args[1..]),
            "generate-content" => await GenerateContentAsync(app, args[1..]),
            _ => null,
        };
    }

    /// <summary>
    /// copy-database --from-provider Sqlite --from "Data Source=old.db": copies every table of that database into the
    /// portal's configured database (Database:Provider, ConnectionStrings:HealthNews), which must be empty.
    /// </summary>
    private static async Task<int> CopyDatabaseAsync(WebApplication app, string[] args)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HealthNews.Commands");
        var from = Option(args, "--from");
        if (from is null)
        {
            throw new StartupException(
                "copy-database needs --from \"<connection string>\" (and --from-provider Sqlite|PostgreSQL, Sqlite by default).");
        }
        var fromConfiguration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.SectionName}:Provider"] = Option(args, "--from-provider") ?? DatabaseOptions.Sqlite,
            [$"ConnectionStrings:{CoreRegistration.ConnectionStringName}"] = from,
        }).Build();
        var sourceSettings = CoreRegistration.ResolveDatabase(fromConfiguration, app.Environment.ContentRootPath, app.Environment.ContentRootPath);
        if (sourceSettings.IsSqlite && !File.Exists(new SqliteConnectionStringBuilder(sourceSettings.ConnectionString).DataSource))
        {
            throw new StartupException($"The source {sourceSettings.Describe()} does not exist.");
        }
        var targetSettings = app.Services.GetRequiredService<DatabaseSettings>();

        var sourceOptions = new DbContextOptionsBuilder<HealthNewsDbContext>();
        sourceSettings.Configure(sourceOptions);
        await using var source = new HealthNewsDbContext(sourceOptions.Options);
        await using var scope = app.Services.CreateAsyncScope();
        var target = scope.ServiceProvider.GetRequiredService<HealthNewsDbContext>();

        LogCopyStarting(logger, sourceSettings, targetSettings);
        IReadOnlyList<CopiedTable> copied;
        try
        {
            copied = await DatabaseCopier.CopyAsync(source, target, app.Lifetime.ApplicationStopping);
        }
        catch (DbException e)
        {
            throw new StartupException($"Copying {sourceSettings.Describe()} into {targetSettings.Describe()} failed, nothing was written: {e.Message}", e);
        }
        foreach (var table in copied)
        {
            LogTableCopied(logger, table.Table, table.Rows);
        }
        LogCopyFinished(logger, targetSettings);
        return 0;
    }

    /// <summary>
    /// create-user --email a@b --role Administrator [--role Editor] [--name "Tên hiển thị"]: makes a staff account,
    /// reading its password from standard input (typed twice, unseen, at a terminal). There is no default account.
    /// </summary>
    private static async Task<int> CreateUserAsync(WebApplication app, string[] args)
    {
        var email = Option(args, "--email");
        var roles = args.Select((a, i) => (a, i)).Where(x => x.a == "--role" && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList();
        if (string.IsNullOrWhiteSpace(email) || roles.Count == 0)
        {
            await Console.Error.WriteLineAsync(
                "Cách dùng: create-user --email <địa chỉ> --role <Administrator|Editor|Author|PollManager> [--role ...] [--name \"Tên hiển thị\"]\n" +
                "Mật khẩu (ít nhất 12 ký tự) được đọc từ đầu vào chuẩn.");
            return 2;
        }
        await app.InitializeDatabaseAsync(loadSampleContent: false);
        var password = ReadPassword();
        if (password is null)
        {
            await Console.Error.WriteLineAsync("Hai lần nhập mật khẩu không khớp; chưa tạo tài khoản.");
            return 1;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var (result, _) = await users.CreateAsync(email, Option(args, "--name") ?? email, roles, password, Actor.System("dòng lệnh create-user"));
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync("Không tạo được tài khoản: " + result.Message);
            return 1;
        }
        await Console.Out.WriteLineAsync($"{result.Message} Vai trò: {string.Join(", ", roles)}. Đăng nhập tại /admin.");
        return 0;
    }

    /// <summary>generate-content --articles 100000 [--seed N]: fills the configured database for load tests.</summary>
    private static async Task<int> GenerateContentAsync(WebApplication app, string[] args)
    {
        if (!int.TryParse(Option(args, "--articles"), System.Globalization.CultureInfo.InvariantCulture, out var count) || count < 0)
        {
            await Console.Error.WriteLineAsync("Cách dùng: generate-content --articles <số bài> [--seed <số>]");
            return 2;
        }
        var seed = int.TryParse(Option(args, "--seed"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 20251122;
        await app.InitializeDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var generator = new HealthNews.Core.SampleContent.ContentGenerator(scope.ServiceProvider.GetRequiredService<HealthNewsDbContext>());
        var started = System.Diagnostics.Stopwatch.StartNew();
        await generator.GenerateAsync(count, seed, done =>
        {
            if (done % 10000 == 0 || done == count)
            {
                Console.WriteLine($"{done} / {count} bài ({started.Elapsed.TotalSeconds:0} s)");
            }
        }, app.Lifetime.ApplicationStopping);
        Console.WriteLine($"Đã tạo {count} bài viết và một cuộc thăm dò trong {started.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    // From a pipe: the first line. At a terminal: typed twice without echo; null when the two differ.
    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine() ?? "";
        }
        var first = ReadHidden("Mật khẩu: ");
        var second = ReadHidden("Nhập lại mật khẩu: ");
        return first == second ? first : null;
    }

    private static string ReadHidden(string prompt)
    {
        Console.Write(prompt);
        var text = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                {
                    text.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
        Console.WriteLine();
        return text.ToString();
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Copying {Source} into {Target}")]
    private static partial void LogCopyStarting(ILogger logger, DatabaseSettings source, DatabaseSettings target);

    [LoggerMessage(Level = LogLevel.Information, Message = "Copied {Rows} row(s) of {Table}")]
    private static partial void LogTableCopied(ILogger logger, string table, int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Copy finished: {Target} now holds the portal's content")]
    private static partial void LogCopyFinished(ILogger logger, DatabaseSettings target);
}
