using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HealthNews.BrowserTests;

/// <summary>Writing in the editor as an editor who has never seen Markdown: toolbar, live preview, pictures, autosave.</summary>
public class WritingJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private const string Password = "mat-khau-viet-bai-2025";

    [Fact]
    public async Task WritingWithTheToolbarShowsALivePreviewThatMatchesThePublishedPage()
    {
        var page = await SignInAsync("toolbar@moh.gov.vn", "Editor", "Biên tập viên Lan");
        await page.GotoAsync("/admin/bai-viet/tao");
        await page.Locator("#Title").FillAsync("Hướng dẫn phòng chống sốt xuất huyết mùa mưa");
        await page.Locator("#CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Tin tổng hợp" });

        await page.Locator(".CodeMirror").ClickAsync();
        await page.Locator(".editor-toolbar .tb-heading-2").ClickAsync();
        await page.Keyboard.TypeAsync("Các biện pháp chính");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("diệt loăng quăng");
        await page.Keyboard.PressAsync("Shift+Home");
        await page.Keyboard.PressAsync("Control+B");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" mỗi tuần là việc quan trọng nhất.");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".editor-toolbar .tb-unordered-list").ClickAsync();
        await page.Keyboard.TypeAsync("Đậy kín dụng cụ chứa nước;");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Thả cá ăn bọ gậy.");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Cục Phòng bệnh");
        await page.Keyboard.PressAsync("Shift+Home");
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync("https://vncdc.gov.vn");
        await page.Keyboard.PressAsync("Control+K");

        // The preview beside the text is the reader's page, drawn by the server.
        var preview = page.FrameLocator(".live-preview-pane iframe");
        await Expect(preview.Locator(".article-body h2")).ToHaveTextAsync("Các biện pháp chính");
        await Expect(preview.Locator(".article-body strong")).ToHaveTextAsync("diệt loăng quăng");
        await Expect(preview.Locator(".article-body ul li")).ToHaveCountAsync(2);
        await Expect(preview.Locator(".article-body a[href='https://vncdc.gov.vn']")).ToHaveTextAsync("Cục Phòng bệnh");
        await Expect(preview.Locator("h1.article-title")).ToHaveTextAsync("Hướng dẫn phòng chống sốt xuất huyết mùa mưa");
        var previewed = await preview.Locator(".article-body").InnerHTMLAsync();

        // Counts and the address the article will have.
        Assert.Matches(@"^\d+ từ · [\d.]+ ký tự · khoảng \d+ phút đọc$", await page.Locator("#body-counts").InnerTextAsync());
        await Expect(page.Locator("#slug-preview")).ToHaveTextAsync(new Regex("/tin-tuc/huong-dan-phong-chong-sot-xuat-huyet-mua-mua$"));

        // Ctrl+S saves; then publish and read it as a reader.
        await page.Keyboard.PressAsync("Control+S");
        await page.WaitForURLAsync(new Regex(@"/admin/bai-viet/\d+/sua$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản ngay" }).ClickAsync();
        Assert.Equal("Đã xuất bản bài viết.", await page.Locator(".flash.ok").InnerTextAsync());

        var reader = await page.Context.NewPageAsync();
        await reader.GotoAsync("/tin-tuc/huong-dan-phong-chong-sot-xuat-huyet-mua-mua");
        Assert.Equal(Normalize(previewed), Normalize(await reader.Locator(".article-body").InnerHTMLAsync()));
    }

    [Fact]
    public async Task APastedPictureAsksForItsAltTextAndBecomesACaptionedFigure()
    {
        var page = await SignInAsync("anh@moh.gov.vn", "Author", "Phóng viên Minh");
        await page.GotoAsync("/admin/bai-viet/tao");
        await page.Locator("#Title").FillAsync("Bệnh viện Bạch Mai tiếp nhận thiết bị mới");
        await page.Locator("#CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Tin tổng hợp" });
        await page.Locator(".CodeMirror").ClickAsync();
        await page.Keyboard.TypeAsync("Sáng nay bệnh viện đã nhận thiết bị.");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");

        await page.EvaluateAsync("""
            bytes => {
              const dt = new DataTransfer();
              dt.items.add(new File([new Uint8Array(bytes)], 'thiet-bi.png', { type: 'image/png' }));
              const input = document.querySelector('.CodeMirror textarea');
              input.focus();
              input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
            }
            """, Png.Select(b => (int)b).ToArray());
        var dialog = page.Locator(".image-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh" }).ClickAsync();
        await Expect(dialog.Locator(".image-error")).ToContainTextAsync("mô tả ảnh (alt)");
        await dialog.Locator("#image-alt").FillAsync("Máy chụp cắt lớp mới");
        await dialog.Locator("#image-caption").FillAsync("Thiết bị được bàn giao sáng 2/12.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        var preview = page.FrameLocator(".live-preview-pane iframe");
        await Expect(preview.Locator(".article-body figure figcaption")).ToHaveTextAsync("Thiết bị được bàn giao sáng 2/12.");
        await Expect(preview.Locator(".article-body figure img")).ToHaveAttributeAsync("alt", "Máy chụp cắt lớp mới");
        var body = await page.EvaluateAsync<string>("() => window.HealthNewsEditor.editor.value()");
        Assert.Matches(@"\n\n!\[Máy chụp cắt lớp mới\]\(/media/\d+/thiet-bi\.png ""Thiết bị được bàn giao sáng 2/12\.""\)\n", body);
    }

    [Fact]
    public async Task AutosaveKeepsTheTextOfAClosedTabInTheDraftAndLeavesTheLiveArticleAlone()
    {
        var page = await SignInAsync("tudong@moh.gov.vn", "Editor", "Biên tập viên Hải");
        await page.GotoAsync("/admin/bai-viet/tao");
        await page.Locator("#Title").FillAsync("Tiêm chủng mở rộng năm 2027");
        await page.Locator("#CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Tin tổng hợp" });
        await page.Locator(".CodeMirror").ClickAsync();
        await page.Keyboard.TypeAsync("Bản đã xuất bản.");

        // The first autosave of a new article makes it a draft, with an address of its own.
        await page.EvaluateAsync("() => window.HealthNewsEditor.autosave()");
        await Expect(page.Locator(".save-state")).ToHaveTextAsync(new Regex(@"^Đã lưu lúc \d\d:\d\d$"));
        await page.WaitForURLAsync(new Regex(@"/admin/bai-viet/\d+/sua$"));
        var editUrl = page.Url;
        await page.GotoAsync(editUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản ngay" }).ClickAsync();
        Assert.Equal("Đã xuất bản bài viết.", await page.Locator(".flash.ok").InnerTextAsync());

        // Edit the live article, then close the tab: the browser asks first, and what was typed is kept.
        await page.Locator(".CodeMirror").ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(" Phần viết thêm chưa lưu.");
        string? asked = null;
        var closed = new TaskCompletionSource();
        page.Dialog += (_, dialog) =>
        {
            asked = dialog.Type;
            _ = dialog.AcceptAsync();
        };
        page.Close += (_, _) => closed.TrySetResult();
        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("beforeunload", asked);

        // The browser sends the last autosave as the tab goes; the server may take a moment to answer it.
        var again = await page.Context.NewPageAsync();
        var kept = "";
        for (var attempt = 0; attempt < 20 && kept != "Bản đã xuất bản. Phần viết thêm chưa lưu."; attempt++)
        {
            await again.GotoAsync(editUrl);
            kept = await again.EvaluateAsync<string>("() => window.HealthNewsEditor.editor.value()");
            if (kept != "Bản đã xuất bản. Phần viết thêm chưa lưu.")
            {
                await again.WaitForTimeoutAsync(250);
            }
        }
        Assert.Equal("Bản đã xuất bản. Phần viết thêm chưa lưu.", kept);
        Assert.Contains("chưa đưa lên cổng", await again.Locator(".flash.warn").First.InnerTextAsync(), StringComparison.Ordinal);
        var history = await again.Context.NewPageAsync();
        await history.GotoAsync(editUrl.Replace("/sua", "/lich-su", StringComparison.Ordinal));
        Assert.Contains("Tự động lưu", await history.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        var reader = await again.Context.NewPageAsync();
        await reader.GotoAsync("/tin-tuc/tiem-chung-mo-rong-nam-2027");
        Assert.Equal("Bản đã xuất bản.", (await reader.Locator(".article-body").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task LeavingWithUnsavedChangesAsksAndNothingIsAskedAfterSaving()
    {
        var page = await SignInAsync("roi-trang@moh.gov.vn", "Author", "Phóng viên Tâm");
        await page.GotoAsync("/admin/bai-viet/tao");
        await page.Locator(".CodeMirror").ClickAsync();
        await page.Keyboard.TypeAsync("Một câu chưa lưu.");
        var asked = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            asked.Add(dialog.Type);
            _ = dialog.DismissAsync(); // stay on the page
        };

        await page.EvaluateAsync("() => { location.href = '/admin'; }");
        await Expect(page.Locator(".CodeMirror")).ToBeVisibleAsync();
        Assert.Equal(["beforeunload"], asked);
        Assert.EndsWith("/admin/bai-viet/tao", page.Url, StringComparison.Ordinal);
        // Without a title and a category the article can't be a draft yet: the editor says so instead of saving.
        await page.EvaluateAsync("() => window.HealthNewsEditor.autosave()");
        await Expect(page.Locator(".save-state")).ToContainTextAsync("Chưa tự lưu được");

        await page.Locator("#Title").FillAsync("Bài viết để thử rời trang");
        await page.Locator("#CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Tin tổng hợp" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo bản nháp" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/admin/bai-viet/\d+/sua$"));
        await page.GotoAsync("/admin");
        Assert.Single(asked);
    }

    [Fact]
    public async Task ASecondEditorIsToldWhoElseHasTheArticleOpen()
    {
        var first = await SignInAsync("nguoi-mot@moh.gov.vn", "Editor", "Biên tập viên Thu");
        await first.GotoAsync("/admin/bai-viet/tao");
        await first.Locator("#Title").FillAsync("Bài hai người cùng mở");
        await first.Locator("#CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Tin tổng hợp" });
        await first.GetByRole(AriaRole.Button, new() { Name = "Tạo bản nháp" }).ClickAsync();
        await first.WaitForURLAsync(new Regex(@"/admin/bai-viet/\d+/sua$"));
        await first.WaitForLoadStateAsync(LoadState.NetworkIdle); // its heartbeat has told the server

        var second = await SignInAsync("nguoi-hai@moh.gov.vn", "Editor", "Biên tập viên Đông");
        await second.GotoAsync(first.Url);
        var note = second.Locator(".others-editing");
        await Expect(note).ToBeVisibleAsync();
        await Expect(note).ToContainTextAsync("Biên tập viên Thu");
    }

    [Fact]
    public async Task VietnameseTextInTheEditorAndEveryFieldIsSetInAProportionalFaceWithEachToneMarkOnItsLetter()
    {
        var page = await SignInAsync("phong-chu@moh.gov.vn", "Author", "Phóng viên Ngọc");
        await page.GotoAsync("/admin/bai-viet/tao");
        const string text = "Bộ trưởng Bộ Y tế đề nghị";
        await page.Locator("#Title").FillAsync(text);
        await page.Locator(".CodeMirror").ClickAsync();
        await page.Keyboard.TypeAsync(text);
        await page.EvaluateAsync("() => document.fonts.ready");

        // Every field's face: Be Vietnam Pro, loaded, no monospace face anywhere.
        var faces = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input:not([type=hidden]):not([type=radio]):not([type=file]), textarea, select, .CodeMirror, label, button')]
              .filter(e => e.offsetParent !== null)
              .map(e => getComputedStyle(e).fontFamily)
            """);
        Assert.NotEmpty(faces);
        Assert.All(faces, face => Assert.StartsWith("\"Be Vietnam Pro\"", face, StringComparison.Ordinal));
        Assert.DoesNotContain(faces, face => face.Contains("mono", StringComparison.OrdinalIgnoreCase));
        Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('16px \"Be Vietnam Pro\"', 'ộưởếềị')"));

        // Glyph boxes: in the editor's face, each letter with tone marks is exactly as wide as its bare letter (the marks
        // sit on it, they take no room of their own) and its marks rise above the bare letter's top.
        var boxes = await page.EvaluateAsync<Box[]>("""
            text => {
              const host = document.querySelector('.CodeMirror');
              const probe = document.createElement('span');
              probe.style.font = getComputedStyle(host).font;
              probe.style.position = 'absolute';
              probe.style.whiteSpace = 'pre';
              document.body.append(probe);
              const canvas = document.createElement('canvas').getContext('2d');
              canvas.font = getComputedStyle(host).font;
              const width = c => { probe.textContent = c; return probe.getBoundingClientRect().width; };
              const result = [...text].filter(c => c.normalize('NFD').length > 1).map(c => {
                const bare = c.normalize('NFD')[0];
                return { letter: c, width: width(c), bareWidth: width(bare),
                  top: canvas.measureText(c).actualBoundingBoxAscent, bareTop: canvas.measureText(bare).actualBoundingBoxAscent,
                  left: canvas.measureText(c).actualBoundingBoxLeft, right: canvas.measureText(c).actualBoundingBoxRight };
              });
              probe.remove();
              return result;
            }
            """, text);
        Assert.Equal(["ộ", "ư", "ở", "ộ", "ế", "ề", "ị"], boxes.Select(b => b.Letter));
        foreach (var box in boxes)
        {
            Assert.True(Math.Abs(box.Width - box.BareWidth) < 0.5, $"{box.Letter}: {box.Width.ToString(CultureInfo.InvariantCulture)} px wide, its bare letter {box.BareWidth.ToString(CultureInfo.InvariantCulture)} px");
            Assert.True(box.Right - -box.Left <= box.BareWidth * 1.5, $"{box.Letter}: its ink is {(box.Right + box.Left).ToString(CultureInfo.InvariantCulture)} px wide");
        }
        Assert.All(boxes.Where(b => b.Letter is "ộ" or "ở" or "ế" or "ề"), b => Assert.True(b.Top > b.BareTop + 1, $"{b.Letter}: no mark above"));

        Directory.CreateDirectory(BrowserPortal.ScreenshotDirectory);
        await page.Locator(".CodeMirror").ScreenshotAsync(new() { Path = Path.Combine(BrowserPortal.ScreenshotDirectory, "editor-vietnamese.png") });
    }

    public sealed class Box
    {
        public string Letter { get; set; } = "";
        public double Width { get; set; }
        public double BareWidth { get; set; }
        public double Top { get; set; }
        public double BareTop { get; set; }
        public double Left { get; set; }
        public double Right { get; set; }
    }

    private static string Normalize(string html) => Regex.Replace(html, @"\s+", " ").Trim();

    private async Task<IPage> SignInAsync(string email, string role, string name)
    {
        await portal.CreateStaffAsync(email, Password, role, name);
        var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/dang-nhap");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin$"));
        return page;
    }
}
