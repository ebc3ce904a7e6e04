using System.Globalization;
using HealthNews.Core.SampleContent;
using HealthNews.Web.Setup;

namespace HealthNews.Web.Commands;

/// <summary>generate-content --articles 100000 [--seed N]: fills the configured database for load tests.</summary>
internal static class GenerateContentCommand
{
    public static readonly CommandSyntax Syntax = new("generate-content", "--articles <số bài> [--seed <số>]",
        "Tạo bài viết giả để đo tải (benchmark).", ["--articles", "--seed"], []);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (await Syntax.RefuseUnknownAsync(args) is { } refused)
        {
            return refused;
        }
        if (!int.TryParse(CommandRunner.Option(args, "--articles"), CultureInfo.InvariantCulture, out var count) || count < 0)
        {
            return await Syntax.UsageAsync();
        }
        var seed = int.TryParse(CommandRunner.Option(args, "--seed"), CultureInfo.InvariantCulture, out var s) ? s : 20251122;
        await app.InitializeDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var generator = scope.ServiceProvider.GetRequiredService<ContentGenerator>();
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
}
