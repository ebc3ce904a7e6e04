using System.Globalization;
using HealthNews.Core.Text;

namespace HealthNews.Web.Areas.Admin.Models;

/// <summary>
/// A time field: Vietnam time written the Vietnamese way, "dd/MM/yyyy HH:mm" (<see cref="Pattern"/>), whatever the
/// browser's own language (a datetime-local input shows the browser's order, month first on an English system). The
/// ISO form "yyyy-MM-ddTHH:mm" is still read.
/// </summary>
public static class LocalTimeField
{
    public const string Placeholder = "dd/MM/yyyy HH:mm";

    /// <summary>The shape the browser checks before sending (HTML pattern attribute).</summary>
    public const string Pattern = @"\s*\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}\s*";

    /// <summary>What the label says after the field's name.</summary>
    public const string Hint = "giờ Việt Nam, UTC+7; ngày/tháng/năm giờ:phút, ví dụ 25/12/2026 08:30";

    private static readonly string[] Formats = ["dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];

    /// <summary>What the field shows for <paramref name="utc"/>; null for no time.</summary>
    public static string? Format(DateTime? utc) =>
        utc is { } value ? VietnamTime.FromUtc(value).ToString(Formats[0], CultureInfo.InvariantCulture) : null;

    /// <summary>The instant, in UTC, that the field's text names; false when it names none.</summary>
    public static bool TryParse(string? text, out DateTime utc)
    {
        var parsed = DateTime.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var local);
        utc = parsed ? VietnamTime.ToUtc(local) : default;
        return parsed;
    }
}
