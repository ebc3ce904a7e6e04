using HealthNews.Core.Common;
using HealthNews.Core.Users;
using HealthNews.Web.Setup;

namespace HealthNews.Web.Commands;

/// <summary>
/// create-user --email a@b --role Administrator [--role Editor] [--name "Tên hiển thị"]: makes a staff account,
/// reading its password from standard input (typed twice, unseen, at a terminal). There is no default account.
/// </summary>
internal static class CreateUserCommand
{
    public static readonly CommandSyntax Syntax = new("create-user",
        "--email <địa chỉ> --role <Administrator|Editor|Author|PollManager> [--role ...] [--name \"Tên hiển thị\"]",
        "Tạo tài khoản nhân viên; mật khẩu (ít nhất 12 ký tự) được đọc từ đầu vào chuẩn.", ["--email", "--role", "--name"], []);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (await Syntax.RefuseUnknownAsync(args) is { } refused)
        {
            return refused;
        }
        var email = CommandRunner.Option(args, "--email");
        var roles = args.Select((a, i) => (a, i)).Where(x => x.a == "--role" && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList();
        if (string.IsNullOrWhiteSpace(email) || roles.Count == 0)
        {
            return await Syntax.UsageAsync();
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
        var (result, _) = await users.CreateAsync(email, CommandRunner.Option(args, "--name") ?? email, roles, password, Actor.System("dòng lệnh create-user"));
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync("Không tạo được tài khoản: " + result.Message);
            return 1;
        }
        await Console.Out.WriteLineAsync($"{result.Message} Vai trò: {string.Join(", ", roles)}. Đăng nhập tại {Urls.Admin.Root}.");
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
}
