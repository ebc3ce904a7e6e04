using HealthNews.Core.Newsroom;
using HealthNews.Web.Setup;

namespace HealthNews.Web.Commands;

/// <summary>
/// rerender-articles: renders every stored article's body again with the current Markdown renderer and writes the HTML
/// (and search key) that changed. Run it after a change to the renderer; safe to run again, and while the portal runs.
/// </summary>
internal static class RerenderArticlesCommand
{
    public static readonly CommandSyntax Syntax = new("rerender-articles", "",
        "Dựng lại HTML của mọi bài sau khi đổi bộ dựng Markdown; chạy lại không thay đổi gì thêm.");

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (await Syntax.RefuseUnknownAsync(args) is { } refused)
        {
            return refused;
        }
        await app.InitializeDatabaseAsync(loadSampleContent: false);
        await using var scope = app.Services.CreateAsyncScope();
        var rendering = scope.ServiceProvider.GetRequiredService<ArticleRendering>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var summary = await rendering.RerenderAllAsync(progress =>
            Console.WriteLine($"{progress.Done} / {progress.Total} bài, {progress.Changed} bài cần cập nhật ({started.Elapsed.TotalSeconds:0} s)"),
            app.Lifetime.ApplicationStopping);
        Console.WriteLine($"Đã kiểm tra {summary.Done} bài trong {started.Elapsed.TotalSeconds:0.0} s; cập nhật {summary.Changed} bài.");
        return 0;
    }
}
