using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HealthNews.BrowserTests;

public class EditorJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>The whole newsroom without JavaScript: the plain form, the library's code for a picture, preview, publish.</summary>
    [Fact]
    public async Task AnEditorSignsInWritesWithACaptionedImagePreviewsPublishesAndReadsItOnTheSite()
    {
        await portal.CreateStaffAsync("bientap@moh.gov.vn", "mat-khau-bien-tap-2025", "Editor", "Biên tập viên Hoa");
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        // Sign in: /admin sends an anonymous visitor to the sign-in page.
        await page.GotoAsync("/admin");
        await page.WaitForURLAsync(new Regex("/admin/dang-nhap"));
        await page.GetByLabel("Email").FillAsync("bientap@moh.gov.vn");
        await page.GetByLabel("Mật khẩu").FillAsync("mat-khau-bien-tap-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin$"));
        Assert.Equal("Xin chào, Biên tập viên Hoa", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());

        // Upload the photo with its alt text and caption, then take its Markdown snippet from the library.
        await page.GotoAsync("/admin/thu-vien");
        await page.Locator("#File").SetInputFilesAsync(new FilePayload { Name = "hop-bao.png", MimeType = "image/png", Buffer = Png });
        await page.Locator("#AltText").FillAsync("Thứ trưởng phát biểu tại họp báo");
        await page.Locator("#Caption").FillAsync("Thứ trưởng Bộ Y tế phát biểu tại buổi họp báo.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        Assert.Contains("Đã tải lên", await page.Locator(".flash.ok").InnerTextAsync(), StringComparison.Ordinal);
        var snippet = await page.Locator(".snippet").First.InnerTextAsync();
        Assert.Matches(@"^!\[Thứ trưởng phát biểu tại họp báo\]\(/media/\d+/hop-bao\.png ""Thứ trưởng Bộ Y tế phát biểu tại buổi họp báo\.""\)$", snippet);

        // Write the article.
        await page.GotoAsync("/admin/bai-viet/tao");
        await page.Locator("#Title").FillAsync("Họp báo thường kỳ Bộ Y tế tháng 11");
        await page.Locator("#Summary").FillAsync("Bộ Y tế tổ chức họp báo thường kỳ, thông tin về công tác phòng chống dịch.");
        await page.Locator("#CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Tin tổng hợp" });
        await page.Locator("#Body").FillAsync($"Sáng nay, Bộ Y tế tổ chức họp báo.\n\n{snippet}\n\nCác nội dung chính:\n\n- Tiêm chủng mở rộng;\n- Phòng chống sốt xuất huyết.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo bản nháp" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/admin/bai-viet/\d+/sua$"));

        // Preview: the public layout, the caption under the photo, a banner that says it is a preview.
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và xem trước" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/xem-truoc$"));
        Assert.Contains("Bản xem trước", await page.Locator(".preview-banner").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Thứ trưởng Bộ Y tế phát biểu tại buổi họp báo.", await page.Locator(".article-body figure figcaption").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Quay lại sửa bài" }).ClickAsync();

        // Publish.
        await page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản ngay" }).ClickAsync();
        Assert.Equal("Đã xuất bản bài viết.", await page.Locator(".flash.ok").InnerTextAsync());

        // Read it on the public site as a reader.
        await using var readerContext = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString() });
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync("/chuyen-muc/tin-tong-hop");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Họp báo thường kỳ Bộ Y tế tháng 11" }).First.ClickAsync();
        await reader.WaitForURLAsync(new Regex("/tin-tuc/hop-bao-thuong-ky-bo-y-te-thang-11$"));
        Assert.Matches(@"^\d\d/\d\d/\d{4} \| \d\d:\d\d (AM|PM)$", await reader.Locator("article .date-line").InnerTextAsync());
        var figure = reader.Locator(".article-body figure");
        Assert.Equal("Thứ trưởng Bộ Y tế phát biểu tại buổi họp báo.", await figure.Locator("figcaption").InnerTextAsync());
        Assert.Equal("Thứ trưởng phát biểu tại họp báo", await figure.Locator("img").GetAttributeAsync("alt"));
        await figure.Locator("img").ScrollIntoViewIfNeededAsync();
        // Loaded from its WebP copy (naturalWidth is scaled by srcset's width descriptor, so only "loaded" is checked).
        await reader.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0 && /\\/1\\.webp$/.test(img.currentSrc)", await figure.Locator("img").ElementHandleAsync());
        Assert.Equal(2, await reader.Locator(".article-body ul li").CountAsync());
        Assert.Equal(0, await reader.Locator(".preview-banner").CountAsync());

        Directory.CreateDirectory(BrowserPortal.ScreenshotDirectory);
        await reader.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserPortal.ScreenshotDirectory, "published-by-editor.png"), FullPage = true });
    }
}
