using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HealthNews.Core.Markdown;
using HealthNews.Core.Media;

namespace HealthNews.Core.Tests.Markdown;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    private IDocument Render(string markdown) => new HtmlParser().ParseDocument("<body>" + _renderer.ToHtml(markdown) + "</body>");

    private static void AssertNothingExecutable(IDocument document)
    {
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, style, svg, form"));
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            foreach (var name in new[] { "href", "src" })
            {
                var value = element.GetAttribute(name);
                if (value is not null)
                {
                    Assert.True(MarkdownRenderer.IsSafeUrl(System.Net.WebUtility.HtmlDecode(value)), $"{element.TagName} {name}=\"{value}\"");
                }
            }
        }
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Chào <img src=x onerror=alert(1)> bạn")]
    [InlineData("<div onclick=\"alert(1)\">bấm</div>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>")]
    [InlineData("<svg/onload=alert(1)>")]
    [InlineData("<style>body{display:none}</style>")]
    public void RawHtmlIsShownAsTextNeverRendered(string markdown)
    {
        var document = Render(markdown);

        AssertNothingExecutable(document);
        Assert.Contains("<", document.Body!.TextContent, StringComparison.Ordinal); // the tag shows as text
    }

    [Theory]
    [InlineData("[bấm vào đây](javascript:alert(1))")]
    [InlineData("[bấm vào đây](JavaScript:alert(1))")]
    [InlineData("[bấm vào đây](  jAvAsCrIpT:alert(1))")]
    [InlineData("[bấm vào đây](&#106;avascript:alert(1))")]
    [InlineData("[bấm vào đây](&#x6A;avascript&#x3A;alert(1))")]
    [InlineData("[bấm vào đây](java&#x09;script:alert(1))")]
    [InlineData("[bấm vào đây](vbscript:msgbox(1))")]
    [InlineData("[bấm vào đây](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[bấm vào đây][ref]\n\n[ref]: javascript:alert(1)")]
    public void UnsafeLinksLoseTheLinkButKeepTheWords(string markdown)
    {
        var document = Render(markdown);

        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.Contains("bấm vào đây", document.Body!.TextContent, StringComparison.Ordinal);
        AssertNothingExecutable(document);
    }

    [Theory]
    [InlineData("![ảnh](javascript:alert(1))")]
    [InlineData("![ảnh](JAVASCRIPT:alert(1) \"chú thích\")")]
    [InlineData("![ảnh](data:image/svg+xml;base64,PHN2Zy8+)")]
    [InlineData("![ảnh](&#106;avascript:alert(1))")]
    public void UnsafeImagesAreDropped(string markdown)
    {
        var document = Render(markdown);

        Assert.Empty(document.QuerySelectorAll("img"));
        AssertNothingExecutable(document);
    }

    [Fact]
    public void UnsafeAutolinksStayPlainText()
    {
        var document = Render("Xem <javascript:alert(1)> và <https://moh.gov.vn>");

        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Equal("https://moh.gov.vn", link.GetAttribute("href"));
        AssertNothingExecutable(document);
    }

    [Fact]
    public void ExternalLinksGetNoopenerAndInternalOnesDoNot()
    {
        var document = Render("[WHO](https://www.who.int/vietnam) và [chuyên mục](/chuyen-muc/tin-tong-hop) và [thư](mailto:bbt@moh.gov.vn)");

        var links = document.QuerySelectorAll("a");
        Assert.Equal(3, links.Length);
        Assert.Equal("noopener", links[0].GetAttribute("rel"));
        Assert.Null(links[1].GetAttribute("rel"));
        Assert.Equal("mailto:bbt@moh.gov.vn", links[2].GetAttribute("href"));
    }

    [Fact]
    public void AnImageAloneInItsParagraphIsAFigureCaptionedByItsTitle()
    {
        var document = Render("Đoạn mở đầu.\n\n![Quang cảnh cuộc họp](/media/3/hop.png \"Quang cảnh cuộc họp.\")\n\nĐoạn tiếp theo.");

        var figure = Assert.Single(document.QuerySelectorAll("figure"));
        var image = figure.QuerySelector("img")!;
        Assert.Equal("/media/3/hop.png", image.GetAttribute("src"));
        Assert.Equal("Quang cảnh cuộc họp", image.GetAttribute("alt"));
        Assert.Equal("lazy", image.GetAttribute("loading"));
        Assert.Equal("Quang cảnh cuộc họp.", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal(2, document.QuerySelectorAll("p").Length);
    }

    [Fact]
    public void AFigureCarriesTheImagesSizeWhenItIsKnown()
    {
        var html = _renderer.ToHtml("![Ảnh](/media/7/a.png \"Chú thích\")", new Dictionary<int, StoredImage> { [7] = new(7, "a.png", 800, 450, null) }.ImageLookup());
        var image = new HtmlParser().ParseDocument(html).QuerySelector("figure img")!;

        Assert.Equal(("800", "450", "lazy"), (image.GetAttribute("width"), image.GetAttribute("height"), image.GetAttribute("loading")));
    }

    [Fact]
    public void AStoredImageWithVariantsIsAPictureOfWebPAndItsFamilyAtEveryWidth()
    {
        var variants = ImageVariants.Parse("1:0123456789abcdef:jpg:160,320,640,800")!;
        var html = _renderer.ToHtml("![Hội nghị](/media/7/a.jpg \"Chú thích\")", new Dictionary<int, StoredImage> { [7] = new(7, "a.jpg", 800, 450, variants) }.ImageLookup());
        var figure = new HtmlParser().ParseDocument(html).QuerySelector("figure")!;

        var source = figure.QuerySelector("picture > source")!;
        var image = figure.QuerySelector("picture > img")!;
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Equal("/media/7/0123456789abcdef/160.webp 160w, /media/7/0123456789abcdef/320.webp 320w, /media/7/0123456789abcdef/640.webp 640w, /media/7/0123456789abcdef/800.webp 800w",
            source.GetAttribute("srcset"));
        Assert.Equal("/media/7/0123456789abcdef/640.jpg", image.GetAttribute("src"));
        Assert.Contains("/media/7/0123456789abcdef/800.jpg 800w", image.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal(ImageSlots.Main, image.GetAttribute("sizes"));
        Assert.Equal(("Hội nghị", "800", "450", "lazy"), (image.GetAttribute("alt"), image.GetAttribute("width"), image.GetAttribute("height"), image.GetAttribute("loading")));
        Assert.Equal("Chú thích", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void AnImageWithoutTitleIsAFigureWithoutCaption()
    {
        var document = Render("![Ảnh](/media/1/a.png)");

        var figure = Assert.Single(document.QuerySelectorAll("figure"));
        Assert.Null(figure.QuerySelector("figcaption"));
    }

    [Fact]
    public void CaptionTextIsEscaped()
    {
        var document = Render("![a](/media/1/a.png \"<b onmouseover=x>chú thích</b>\")");

        Assert.Equal("<b onmouseover=x>chú thích</b>", document.QuerySelector("figcaption")!.TextContent);
        AssertNothingExecutable(document);
    }

    [Fact]
    public void AnImageInsideTextStaysInline()
    {
        var document = Render("Biểu tượng ![i](/media/1/i.png) trong câu.");

        Assert.Empty(document.QuerySelectorAll("figure"));
        Assert.Single(document.QuerySelectorAll("p img"));
    }

    [Fact]
    public void RendersHeadingsListsAndTables()
    {
        const string markdown = """
            ## Năm ưu tiên

            - Thể chế
            - Y tế cơ sở

            1. Củng cố
            2. Ưu tiên

            | Tỉnh | Số ca |
            |------|------:|
            | Hà Tĩnh | 1 |
            """;

        var document = Render(markdown);

        Assert.Equal("Năm ưu tiên", document.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Thể chế", "Y tế cơ sở"], document.QuerySelectorAll("ul > li").Select(li => li.TextContent));
        Assert.Equal(["Củng cố", "Ưu tiên"], document.QuerySelectorAll("ol > li").Select(li => li.TextContent));
        Assert.Equal(["Tỉnh", "Số ca"], document.QuerySelectorAll("table th").Select(th => th.TextContent));
        Assert.Equal("Hà Tĩnh", document.QuerySelector("table td")!.TextContent);
    }

    [Fact]
    public void GenericAttributeSyntaxIsNotAWayIn()
    {
        var document = Render("# Tiêu đề {onclick=alert(1)}\n\n[x](/a){onmouseover=alert(1)}");

        AssertNothingExecutable(document);
    }

    [Fact]
    public void PlainTextHasNoMarkup()
    {
        Assert.Equal("Tin quan trọng và liên kết", _renderer.ToPlainText("**Tin** _quan trọng_ và [liên kết](/a)"));
        Assert.Equal("", _renderer.ToHtml(null));
    }

    [Theory]
    [InlineData("/tin-tuc/a", true)]
    [InlineData("tin-tuc/a?x=1:2", true)]
    [InlineData("#muc-1", true)]
    [InlineData("https://moh.gov.vn", true)]
    [InlineData("tel:+84241234567", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" java\nscript:alert(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("", false)]
    public void IsSafeUrlAllowsRelativeAndKnownSchemesOnly(string url, bool safe)
    {
        Assert.Equal(safe, MarkdownRenderer.IsSafeUrl(url));
    }

    [Theory]
    [InlineData("~37,5°C đến ~39°C")]
    [InlineData("A*01*B và 2*3*4")]
    [InlineData("x^2^ rồi ++thêm++ và ==nổi bật==")]
    [InlineData("Mã số H_1_N_1 và H*5*N*1")]
    public void PlainTextMarksThatAreNotEditorsMarkdownStayAsTyped(string text)
    {
        var paragraph = Assert.Single(Render(text).QuerySelectorAll("p"));

        Assert.Equal(text, paragraph.TextContent);
        Assert.Empty(paragraph.Children);
    }

    [Fact]
    public void TheMarkdownEditorsUseStillWorks()
    {
        var document = Render("## Tiêu đề\n\n**đậm**, *nghiêng* và _nghiêng_ [liên kết](https://moh.gov.vn)\n\n- một\n- hai\n\n1. thứ nhất\n\n> trích dẫn\n\n| A | B |\n|---|---|\n| 1 | 2 |");

        Assert.NotNull(document.QuerySelector("h2"));
        Assert.Equal("đậm", document.QuerySelector("strong")?.TextContent);
        Assert.Equal(["nghiêng", "nghiêng"], document.QuerySelectorAll("em").Select(e => e.TextContent));
        Assert.Equal(2, document.QuerySelectorAll("ul li").Length);
        Assert.Single(document.QuerySelectorAll("ol li"));
        Assert.NotNull(document.QuerySelector("blockquote"));
        Assert.Equal(2, document.QuerySelectorAll("table td").Length);
    }

    [Theory]
    [InlineData("2024\\. Năm bản lề", "2024. Năm bản lề")]
    [InlineData("\\> 38,5°C thì cần đi khám", "> 38,5°C thì cần đi khám")]
    [InlineData("\\- 5 độ C", "- 5 độ C")]
    [InlineData("\\# 1 trong 10", "# 1 trong 10")]
    [InlineData("\\*Ghi chú\\*", "*Ghi chú*")]
    public void EscapedLineStartsReadBackAsTyped(string markdown, string text)
    {
        var paragraph = Assert.Single(Render(markdown).QuerySelectorAll("p"));

        Assert.Equal(text, paragraph.TextContent);
    }
}
