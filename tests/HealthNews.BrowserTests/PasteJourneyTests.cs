using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HealthNews.BrowserTests;

/// <summary>What is pasted is what is published: ordinary news text, pasted as plain text and as HTML, reads back as typed.</summary>
public class PasteJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    /// <summary>
    /// Paragraphs as the press office writes them, each one something Markdown would otherwise read as syntax: numbers
    /// that look like list items, signs that look like quotes or bullets, stars, tildes, carets, brackets, entities.
    /// </summary>
    public static readonly string[] Corpus =
    [
        "2024. Năm bản lề của ngành y tế với nhiều chính sách mới.",
        "> 38,5°C thì cần đi khám ngay tại cơ sở y tế gần nhất.",
        "- 5 độ C là nhiệt độ bảo quản vắc xin không được phép.",
        "~37,5°C đến ~39°C là sốt vừa; cần theo dõi thêm.",
        "Mẫu xét nghiệm A*01*B được gửi về Viện Pasteur.",
        "Công thức tính liều 2*3*4 chỉ là ví dụ minh hoạ.",
        "Chỉ số x^2^ không phải là số mũ trong văn bản này.",
        "Dấu ++cộng thêm++ do người gõ, không phải gạch chân.",
        "Từ ==nổi bật== được giữ nguyên hai dấu bằng.",
        "# 1 trong 10 nguyên nhân gây tử vong là bệnh tim mạch.",
        "+ 15% số ca mắc so với cùng kỳ năm trước.",
        "* Ghi chú: số liệu tính đến 17 giờ ngày 02/12.",
        "*Số liệu sơ bộ* do Cục Phòng bệnh cung cấp.",
        "1) Tăng cường giám sát; 2) Chủ động phòng chống dịch.",
        "3. Các tỉnh phía Nam cần chuẩn bị vật tư.",
        "---",
        "***",
        "___",
        "=== Kết thúc thông cáo ===",
        "Theo Quyết định số 1234/QĐ-BYT [1] ngày 01/3/2024.",
        "[Xem chi tiết](https://moh.gov.vn) là chữ, không phải liên kết.",
        "![ảnh](https://example.com/a.jpg) chỉ là chữ.",
        "Giá vắc xin từ 100.000 đến 250.000 đồng/liều.",
        "Trẻ em <5 tuổi và người >65 tuổi thuộc nhóm nguy cơ.",
        "Địa chỉ <https://moh.gov.vn> được viết trong ngoặc nhọn.",
        "Ký hiệu &amp; và &nbsp; được giữ như trong văn bản gốc.",
        "Đường dẫn C:\\Tai lieu\\*.docx do người dùng gõ.",
        "Dấu gạch chéo ngược \\* trước dấu sao.",
        "Mã `ICD-10` được đặt trong dấu huyền.",
        "Tỷ lệ 95% | 5% được ngăn bằng dấu gạch đứng.",
        "H_1_N_1 và H5N1 là hai chủng cúm khác nhau.",
        "_Chú ý_ của Bộ trưởng Bộ Y tế.",
        "__Lưu ý__ quan trọng cho các bệnh viện.",
        "**Tin khẩn** từ Văn phòng Bộ.",
        "Bộ trưởng Đào Hồng Lan: \"Không để người dân thiếu thuốc\".",
        "Email: vanphong@moh.gov.vn; điện thoại: (024) 6273 2273.",
        "Website www.moh.gov.vn cập nhật hằng ngày.",
        "Tiêu đề: Hội nghị tổng kết — năm 2024 (lần thứ 3).",
        "Nhiệt độ 36,5°C–37,5°C là bình thường.",
        "Số ca mắc: 1.234 (tăng 12,5% so với tuần trước).",
        "Ngày 10/10/2024, lúc 09:09 sáng, tại Hà Nội.",
        "Câu có dấu chấm than! Và dấu hỏi? Cả hai.",
        "Chữ Đ và đ, Ư và ư, Ơ và ơ đều đúng chính tả.",
        "4 bước: rửa tay → đeo khẩu trang → giữ khoảng cách → khai báo y tế.",
        "[1]: https://moh.gov.vn/van-ban là chú thích nguồn, không phải định nghĩa liên kết.",
    ];

    [Fact]
    public async Task EveryParagraphPastedAsPlainTextOrHtmlIsPublishedCharacterForCharacter()
    {
        Assert.True(Corpus.Length >= 40);
        await portal.CreateStaffAsync("dan@moh.gov.vn", "mat-khau-dan-bai-2025", "Editor", "Biên tập viên Dán");
        var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/dang-nhap");
        await page.GetByLabel("Email").FillAsync("dan@moh.gov.vn");
        await page.GetByLabel("Mật khẩu").FillAsync("mat-khau-dan-bai-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin$"));

        var plain = string.Join("\n", Corpus);
        // As Word puts it on the clipboard: one paragraph each, with its classes and styles.
        var html = "<html><body><!--StartFragment-->" + string.Concat(Corpus.Select(p =>
            $"<p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><span style='font-size:13.0pt;font-family:\"Times New Roman\",serif;color:#222'>{WebUtility.HtmlEncode(p)}</span><o:p></o:p></p>"))
            + "<!--EndFragment--></body></html>";

        foreach (var (name, text, markup) in new[] { ("van-ban-thuong", plain, (string?)null), ("van-ban-word", plain, html) })
        {
            await page.GotoAsync("/admin/bai-viet/tao");
            await page.Locator("#Title").FillAsync("Dán nguyên văn " + name);
            await page.Locator("#Slug").FillAsync("dan-nguyen-van-" + name);
            await page.Locator("#CategoryId").SelectOptionAsync(new SelectOptionValue { Label = "Tin tổng hợp" });
            await page.Locator(".CodeMirror").ClickAsync();
            await page.EvaluateAsync("""
                ([text, html]) => {
                  const dt = new DataTransfer();
                  dt.setData('text/plain', text);
                  if (html) dt.setData('text/html', html);
                  const input = document.querySelector('.CodeMirror textarea');
                  input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
                }
                """, new object?[] { text, markup });
            await page.GetByRole(AriaRole.Button, new() { Name = "Tạo bản nháp" }).ClickAsync();
            await page.WaitForURLAsync(new Regex(@"/admin/bai-viet/\d+/sua$"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản ngay" }).ClickAsync();
            await Expect(page.Locator(".flash.ok")).ToHaveTextAsync("Đã xuất bản bài viết.");

            var reader = await context.NewPageAsync();
            await reader.GotoAsync("/tin-tuc/dan-nguyen-van-" + name);
            var published = await reader.Locator(".article-body > *").AllInnerTextsAsync();
            Assert.Equal(Corpus, published.Select(p => p.Trim()));
            Assert.Equal(Corpus.Length, await reader.Locator(".article-body > p").CountAsync()); // no lists, quotes, headings or rules
            // Only bare addresses become links (their text unchanged); nothing becomes a picture, code or emphasis.
            Assert.Empty(await reader.Locator(".article-body img, .article-body code, .article-body em, .article-body strong")
                .EvaluateAllAsync<string[]>("found => found.map(e => e.parentElement.outerHTML)"));
            await reader.CloseAsync();
        }
    }

    [Fact]
    public async Task WordTablesListsAndBoldInsideAWordKeepTheirWords()
    {
        await portal.CreateStaffAsync("dan-bang@moh.gov.vn", "mat-khau-dan-bai-2025", "Editor", "Biên tập viên Bảng");
        var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/dang-nhap");
        await page.GetByLabel("Email").FillAsync("dan-bang@moh.gov.vn");
        await page.GetByLabel("Mật khẩu").FillAsync("mat-khau-dan-bai-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin$"));
        await page.GotoAsync("/admin/bai-viet/tao");

        // As Word writes them: cells holding paragraphs, a numbered list that goes on at 3, bold glued to a unit.
        const string html = """
            <table class=MsoTableGrid><tr><td><p class=MsoNormal>Tỉnh</p></td><td><p class=MsoNormal>Số ca | tuần</p></td></tr>
            <tr><td><p class=MsoNormal>Hà Nội</p></td><td><p class=MsoNormal>1.234</p><p class=MsoNormal>(tăng 5%)</p></td></tr></table>
            <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>3.<span>&nbsp;</span></span>Tiêm đủ liều</p>
            <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>4.<span>&nbsp;</span></span>Đeo khẩu trang</p>
            <p class=MsoNormal>Liều <b>10</b>mg mỗi ngày, <b>không</b> quá hai lần.</p>
            """;
        var markdown = await page.EvaluateAsync<string>("html => window.HealthNewsPaste.htmlToMarkdown(html)", html);
        var rendered = await page.EvaluateAsync<string>("""
            async markdown => {
              const form = new FormData(document.getElementById('article-form'));
              form.set('Title', 'Bảng dán từ Word');
              form.set('Body', markdown);
              const r = await fetch('/admin/bai-viet/xem-truoc-truc-tiep', { method: 'POST', body: form });
              return r.text();
            }
            """, markdown);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(rendered);
        var body = document.QuerySelector(".article-body")!;
        Assert.Equal(["Tỉnh", "Số ca | tuần", "Hà Nội", "1.234 (tăng 5%)"], body.QuerySelectorAll("th, td").Select(c => c.TextContent));
        Assert.Equal("3", body.QuerySelector("ol")!.GetAttribute("start"));
        Assert.Equal(["Tiêm đủ liều", "Đeo khẩu trang"], body.QuerySelectorAll("ol li").Select(li => li.TextContent.Trim()));
        var paragraphs = body.QuerySelectorAll("p");
        var sentence = paragraphs[paragraphs.Length - 1];
        Assert.Equal("Liều 10mg mỗi ngày, không quá hai lần.", sentence.TextContent);
        Assert.Equal("không", sentence.QuerySelector("strong")!.TextContent);
    }
}
