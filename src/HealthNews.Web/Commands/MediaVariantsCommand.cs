using HealthNews.Core.Media;
using HealthNews.Core.Newsroom;
using HealthNews.Web.Setup;

namespace HealthNews.Web.Commands;

/// <summary>
/// media-variants: makes the resized copies (ADR-013) of every stored image that has none, an incomplete set or one of an
/// older recipe, one image at a time with a line of progress each, then renders the stored article bodies again (those
/// that show a remade image change). Safe to run again (a second run changes nothing) and while the portal runs; pages
/// cached by a running portal show the new variants when they are next published or the portal restarts. Until an image
/// has variants, readers get 404 for it: its original is never served to them.
/// </summary>
internal static class MediaVariantsCommand
{
    public static readonly CommandSyntax Syntax = new("media-variants", "",
        "Tạo các bản thu nhỏ còn thiếu của ảnh đã lưu; chạy lại không thay đổi gì thêm.");

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (await Syntax.RefuseUnknownAsync(args) is { } refused)
        {
            return refused;
        }
        await app.InitializeDatabaseAsync(loadSampleContent: false);
        await using var scope = app.Services.CreateAsyncScope();
        var variants = scope.ServiceProvider.GetRequiredService<MediaVariants>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var summary = await variants.MakeMissingAsync(
            p => Console.WriteLine($"{p.Done} / {p.Total} ảnh: #{p.MediaId} {p.FileName}: {p.Outcome} ({started.Elapsed.TotalSeconds:0} s)"),
            app.Lifetime.ApplicationStopping);
        Console.WriteLine($"Đã kiểm tra {summary.Checked} ảnh trong {started.Elapsed.TotalSeconds:0.0} s: tạo mới {summary.Made}, không tạo được {summary.Failed}.");
        // Every time, not only when something was made: a run stopped before this step leaves bodies to bring up to date.
        var rendering = scope.ServiceProvider.GetRequiredService<ArticleRendering>();
        var rendered = await rendering.RerenderAllAsync(cancellationToken: app.Lifetime.ApplicationStopping);
        Console.WriteLine($"Đã kiểm tra {rendered.Done} bài; cập nhật {rendered.Changed} bài theo ảnh mới.");
        return summary.Failed > 0 ? 1 : 0;
    }
}
