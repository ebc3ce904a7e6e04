using HealthNews.Core.Media;

namespace HealthNews.Core.Markdown;

/// <summary>Renders editors' Markdown to HTML that is safe to put on a public page.</summary>
public interface IMarkdownRenderer
{
    /// <summary>
    /// HTML for <paramref name="markdown"/>: raw HTML is shown as text, links and images with schemes other than
    /// http, https, mailto and tel are dropped, external links get <c>rel="noopener"</c>, and an image alone in its
    /// paragraph becomes a <c>&lt;figure&gt;</c> whose <c>&lt;figcaption&gt;</c> is the image's title; a stored image
    /// (known to <paramref name="images"/>) is written as a <c>&lt;picture&gt;</c> of its variants (<see cref="Picture"/>).
    /// </summary>
    string ToHtml(string? markdown, Func<string, StoredImage?>? images = null);

    /// <summary>The text a reader would see, without markup, for excerpts and search.</summary>
    string ToPlainText(string? markdown);
}
