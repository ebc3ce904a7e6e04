using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HealthNews.Core.Markdown;

public sealed class MarkdownRenderer : IMarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    // Only what editors write: headings, bold, italic, lists, links, images, tables, quotes. No emphasis extras
    // (~sub~, ^sup^, ++ins++, ==mark==) or letter lists: they turned ordinary pasted text ("~37,5°C", "a. …") into markup.
    private readonly MarkdownPipeline _pipeline = BuildPipeline();

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .DisableHtml()
            .UsePipeTables()
            .UseAutoLinks();
        // "*" inside a word stays a star ("A*01*B", "2*3*4"), as "_" already does: emphasis starts and ends at word edges.
        var emphasis = builder.InlineParsers.FindExact<EmphasisInlineParser>()!;
        var star = emphasis.EmphasisDescriptors.FindIndex(d => d.Character == '*');
        emphasis.EmphasisDescriptors[star] = new EmphasisDescriptor('*', 1, 2, enableWithinWord: false);
        return builder.Build();
    }

    /// <param name="markdown">The editor's text.</param>
    /// <param name="storedImage">The HTML of a stored image from its address and alt text (null for any other image).</param>
    public string ToHtml(string? markdown, Func<string, string, string?>? storedImage = null)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        MakeLinksSafe(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<ParagraphRenderer>(new FigureParagraphRenderer(storedImage));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    public string ToPlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }
        return Markdig.Markdown.ToPlainText(markdown, _pipeline).Trim();
    }

    /// <summary>Whether a link or image address may go out: relative, or one of the safe schemes.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }
        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so we do too.
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon)
        {
            return true; // a relative path whose query or fragment contains ':'
        }
        var scheme = compact[..colon];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("//", StringComparison.Ordinal);

    private static void MakeLinksSafe(MarkdownDocument document)
    {
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
            else if (IsExternal(autolink.Url))
            {
                autolink.GetAttributes().AddPropertyIfNotExist("rel", "noopener");
            }
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (IsSafeUrl(link.Url))
            {
                if (!link.IsImage && IsExternal(link.Url!))
                {
                    link.GetAttributes().AddPropertyIfNotExist("rel", "noopener");
                }
                continue;
            }
            if (link.IsImage)
            {
                link.Remove();
                continue;
            }
            // Keep the words of an unsafe link, lose the link.
            foreach (var child in link.ToList())
            {
                child.Remove();
                link.InsertBefore(child);
            }
            link.Remove();
        }
    }

    /// <summary>A paragraph holding one image and nothing else is a figure; the image's title is its caption.</summary>
    private sealed class FigureParagraphRenderer(Func<string, string, string?>? storedImage) : ParagraphRenderer
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
        {
            var image = LoneImage(obj);
            if (image is null)
            {
                base.Write(renderer, obj);
                return;
            }
            renderer.EnsureLine();
            renderer.Write("<figure>");
            if (image.Url is { } url && storedImage?.Invoke(url, AltText(image)) is { } html)
            {
                renderer.Write(html);
            }
            else
            {
                renderer.Write("<img src=\"").WriteEscapeUrl(image.Url).Write("\" alt=\"");
                renderer.WriteEscape(AltText(image)).Write("\" loading=\"lazy\" />");
            }
            if (!string.IsNullOrWhiteSpace(image.Title))
            {
                renderer.Write("<figcaption>").WriteEscape(image.Title).Write("</figcaption>");
            }
            renderer.WriteLine("</figure>");
        }

        private static LinkInline? LoneImage(ParagraphBlock paragraph)
        {
            LinkInline? image = null;
            for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LinkInline { IsImage: true } candidate when image is null:
                        image = candidate;
                        break;
                    case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    case LineBreakInline:
                        break;
                    default:
                        return null;
                }
            }
            return image;
        }

        private static string AltText(LinkInline image) =>
            string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
    }
}
