namespace HealthNews.Core.Markdown;

/// <summary>Renders editors' Markdown to HTML that is safe to put on a public page.</summary>
public interface IMarkdownRenderer
{
    /// <summary>
    /// HTML for <paramref name="markdown"/>: raw HTML is shown as text, links and images with schemes other than
    /// http, https, mailto and tel are dropped, external links get <c>rel="noopener"</c>, and an image alone in its
    /// paragraph becomes a <c>&lt;figure&gt;</c> whose <c>&lt;figcaption&gt;</c> is the image's title; for a stored image,
    /// <paramref name="storedImage"/> gives the HTML of the image itself (from its address and alt text: a picture of its
    /// variants, Media's ImageSizes.ImageLookup), else a plain img.
    /// </summary>
    string ToHtml(string? markdown, Func<string, string, string?>? storedImage = null);

    /// <summary>The text a reader would see, without markup, for excerpts and search.</summary>
    string ToPlainText(string? markdown);
}
