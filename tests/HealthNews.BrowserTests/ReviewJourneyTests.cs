using System.Text.RegularExpressions;
using HealthNews.Core.Newsroom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HealthNews.BrowserTests;

/// <summary>A portal with four eyes on: nobody publishes an article they sent for review themselves.</summary>
public sealed class FourEyesBrowserPortal() : BrowserPortal(new Dictionary<string, string> { ["HealthNews:Newsroom:FourEyes"] = "true" });

internal static class StaffPages
{
    /// <summary>Types the article's body into the editor as a person would, replacing what it held.</summary>
    public static async Task WriteBodyAsync(IPage page, string text)
    {
        await page.Locator(".CodeMirror").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(text);
    }

    public static async Task<IPage> SignedInAsync(BrowserPortal portal, IBrowserContext context, string email, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/dang-nhap");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin$"));
        return page;
    }

    public static Task<IBrowserContext> ContextAsync(BrowserPortal portal) =>
        portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString() });

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(BrowserPortal.ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserPortal.ScreenshotDirectory, name), FullPage = true });
    }
}

public class BulkPublishJourneyTests(FourEyesBrowserPortal portal) : IClassFixture<FourEyesBrowserPortal>
{
    [Fact]
    public async Task BulkPublishGoesThroughForTheOthersAndIsRefusedForTheArticleTheEditorMayNotPublish()
    {
        var author = await portal.CreateStaffAsync("phongvien.an@moh.gov.vn", "mat-khau-phong-vien-2025", "Author", "Phóng viên An");
        var editor = await portal.CreateStaffAsync("bientap.hoa@moh.gov.vn", "mat-khau-bien-tap-2025", "Editor", "Biên tập viên Hoa");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var publishing = scope.ServiceProvider.GetRequiredService<ArticlePublishing>();
            var categoryId = (await scope.ServiceProvider.GetRequiredService<NewsroomQueries>().GetFormOptionsAsync()).Categories[0].Category.Id;
            foreach (var (title, by) in new[] { ("Tiêm chủng mở rộng đợt hai", author), ("Phòng chống sốt xuất huyết", author), ("Bài biên tập viên tự gửi", editor) })
            {
                var created = await publishing.CreateAsync(new ArticleInput(title, null, "Tóm tắt.", "Nội dung.", categoryId, null, null, null, null, []), by);
                Assert.True((await publishing.SubmitAsync(created.Id, by)).Succeeded);
            }
        }
        await using var context = await StaffPages.ContextAsync(portal);
        var page = await StaffPages.SignedInAsync(portal, context, "bientap.hoa@moh.gov.vn", "mat-khau-bien-tap-2025");

        await page.GotoAsync("/admin/bai-viet?Status=InReview");
        foreach (var title in new[] { "Tiêm chủng mở rộng đợt hai", "Phòng chống sốt xuất huyết", "Bài biên tập viên tự gửi" })
        {
            await page.GetByLabel($"Chọn bài “{title}”").CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/admin/bai-viet\?Status=InReview$"));
        Assert.Equal(
            "Đã xuất bản 2 bài; 1 bài bị từ chối: “Bài biên tập viên tự gửi” (Theo quy định hai người duyệt, bạn không thể tự xuất bản bài do chính mình gửi duyệt).",
            await page.Locator(".flash.error").InnerTextAsync());
        Assert.Equal(["Bài biên tập viên tự gửi"], await page.Locator("table.articles tbody tr td:nth-child(2) > a").AllInnerTextsAsync());
        await StaffPages.ScreenshotAsync(page, "bulk-publish-refused.png");

        await page.GotoAsync("/admin");
        var recent = await page.Locator("#moi-xuat-ban li a").AllInnerTextsAsync();
        Assert.Equal(["Phòng chống sốt xuất huyết", "Tiêm chủng mở rộng đợt hai"], recent.Take(2).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("Bài biên tập viên tự gửi", recent);
    }
}

public class ReturnJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AnEditorReturnsWithAReasonTheAuthorReadsItFixesTheArticleAndSendsItAgain()
    {
        await portal.CreateStaffAsync("phongvien.binh@moh.gov.vn", "mat-khau-phong-vien-2025", "Author", "Phóng viên Bình");
        await portal.CreateStaffAsync("bientap.lan@moh.gov.vn", "mat-khau-bien-tap-2025", "Editor", "Biên tập viên Lan");
        await using var authorContext = await StaffPages.ContextAsync(portal);
        await using var editorContext = await StaffPages.ContextAsync(portal);
        var author = await StaffPages.SignedInAsync(portal, authorContext, "phongvien.binh@moh.gov.vn", "mat-khau-phong-vien-2025");
        var editor = await StaffPages.SignedInAsync(portal, editorContext, "bientap.lan@moh.gov.vn", "mat-khau-bien-tap-2025");

        // The author writes and sends the article for review.
        await author.GotoAsync("/admin/bai-viet/tao");
        await author.Locator("#Title").FillAsync("Khám sức khoẻ học đường năm học mới");
        await author.Locator("#CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Tin tổng hợp" });
        await StaffPages.WriteBodyAsync(author, "Các trường học tổ chức khám sức khoẻ cho học sinh.");
        await author.GetByRole(AriaRole.Button, new() { Name = "Tạo bản nháp" }).ClickAsync();
        await author.WaitForURLAsync(new Regex(@"/admin/bai-viet/\d+/sua$"));
        await author.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" }).ClickAsync();
        Assert.Equal("Đã gửi bài chờ duyệt.", await author.Locator(".flash.ok").InnerTextAsync());

        // The editor finds it in the queue, with its age, and sends it back with a reason.
        await editor.ReloadAsync();
        var queued = editor.Locator("#cho-duyet li").Filter(new() { HasText = "Khám sức khoẻ học đường năm học mới" });
        Assert.Equal("vừa gửi", await queued.Locator(".age").InnerTextAsync());
        await queued.GetByRole(AriaRole.Link).ClickAsync();
        await editor.GetByLabel("Lý do trả lại (phóng viên sẽ thấy)").FillAsync("Cần thêm số trường và số học sinh đã được khám.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Trả lại phóng viên" }).ClickAsync();
        Assert.Equal("Đã trả bài về cho phóng viên kèm lý do.", await editor.Locator(".flash.ok").InnerTextAsync());

        // The author reads the reason on the dashboard and on the article.
        await author.GotoAsync("/admin");
        var returned = author.Locator("#bai-bi-tra-lai li").Filter(new() { HasText = "Khám sức khoẻ học đường năm học mới" });
        Assert.Equal("Lý do: Cần thêm số trường và số học sinh đã được khám.", await returned.Locator(".return-reason").InnerTextAsync());
        await StaffPages.ScreenshotAsync(author, "returned-on-dashboard.png");
        await returned.GetByRole(AriaRole.Link).ClickAsync();
        await author.WaitForURLAsync(new Regex(@"/admin/bai-viet/\d+/sua$"));
        Assert.Equal("Lý do: Cần thêm số trường và số học sinh đã được khám.", await author.Locator(".return-note .return-reason").InnerTextAsync());
        Assert.Contains("Biên tập viên Lan", await author.Locator(".return-note .meta").InnerTextAsync(), StringComparison.Ordinal);

        // Fixed and sent again: the note is gone, the history keeps it.
        await StaffPages.WriteBodyAsync(author, "32 trường, 18.500 học sinh đã được khám sức khoẻ.");
        await author.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" }).ClickAsync();
        Assert.Equal("Đã gửi bài chờ duyệt.", await author.Locator(".flash.ok").InnerTextAsync());
        Assert.Equal(0, await author.Locator(".return-note").CountAsync());
        await author.GetByRole(AriaRole.Link, new() { Name = "Lịch sử phiên bản" }).ClickAsync();
        Assert.Contains("Lý do: Cần thêm số trường và số học sinh đã được khám.",
            await author.Locator(".workflow-history").InnerTextAsync(), StringComparison.Ordinal);
        await author.GotoAsync("/admin");
        Assert.Equal(0, await author.Locator("#bai-bi-tra-lai li").CountAsync());
    }
}
