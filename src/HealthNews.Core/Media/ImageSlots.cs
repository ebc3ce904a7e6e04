namespace HealthNews.Core.Media;

/// <summary>
/// The width each slot of the layout gives an image, as a <c>sizes</c> list; it mirrors site.css (the main column is the
/// container's 1140 px less its padding, the 320 px sidebar and the gap; on phones the screen less 32 px of padding), and a
/// Chromium test holds the two together (no image is served more than twice as wide as it is shown).
/// </summary>
public static class ImageSlots
{
    /// <summary>A listing card's thumbnail: 160 × 90, 110 × 62 on phones.</summary>
    public const string Card = "(max-width: 520px) 110px, 160px";

    /// <summary>The main column: the lead story, an article's featured image and the figures of its body.</summary>
    public const string Main = "(min-width: 1140px) 764px, (min-width: 900px) calc(100vw - 376px), calc(100vw - 32px)";

    /// <summary>The small previews of the admin area's library and pickers.</summary>
    public const string Preview = "160px";
}
