using System.Globalization;
using HealthNews.Core.Media;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Text;

namespace HealthNews.Web.Areas.Admin.Models;

// What the editor's script asks of the server, answered as JSON (js/admin/editor.js).

/// <summary>
/// An autosave's answer: when it was saved (Vietnam time, "10:42"), the article's new concurrency stamp for the next
/// save, its address (a new article gets one with its first autosave) and who else has it open.
/// </summary>
public sealed record AutosaveAnswer(int Id, string SavedAt, Guid Stamp, string EditUrl, string AutosaveUrl, string EditorsUrl, IReadOnlyList<string> Others);

/// <summary>A refused save: the reason, in words the editor can act on.</summary>
public sealed record RefusalAnswer(string Message, IReadOnlyDictionary<string, string>? Errors = null);

public sealed record EditorsAnswer(IReadOnlyList<string> Others)
{
    public static EditorsAnswer From(IEnumerable<OtherEditor> others) => new(Describe(others));

    /// <summary>"Nguyễn Văn A (mở lúc 10:40)": who else has the article open, with their last sign of life.</summary>
    public static IReadOnlyList<string> Describe(IEnumerable<OtherEditor> others) =>
        [.. others.Select(o => $"{o.Name} (còn mở lúc {VietnamTime.FromUtc(o.SeenAtUtc).ToString("HH:mm", CultureInfo.InvariantCulture)})")];
}

/// <summary>The address an article would get, and the whole address readers would use.</summary>
public sealed record SlugAnswer(string Slug, string Url);

/// <summary>An image of the library as the picker shows it.</summary>
public sealed record PickerImage(int Id, string Url, string FileName, string? AltText, string? Caption, int? Width, int? Height, bool IsImage,
    string ThumbnailUrl)
{
    public static PickerImage From(MediaRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var thumbnail = row.Image.Variants is { } v ? v.Url(row.Id, v.WidthFor(320), ImageVariants.WebP) : row.Url;
        return new(row.Id, row.Url, row.FileName, row.AltText, row.Caption, row.Width, row.Height, row.IsImage, thumbnail);
    }
}

public sealed record PickerPage(IReadOnlyList<PickerImage> Items, int Page, int TotalPages, int TotalCount);
