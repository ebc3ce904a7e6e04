using System.Globalization;
using HealthNews.Core.Text;

namespace HealthNews.Web.Areas.Admin.Models;

/// <summary>The value of an <c>&lt;input type="datetime-local"&gt;</c>: Vietnam time, "yyyy-MM-ddTHH:mm" (seconds allowed).</summary>
public static class LocalTimeField
{
    private static readonly string[] Formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];

    /// <summary>What the field shows for <paramref name="utc"/>; null for no time.</summary>
    public static string? Format(DateTime? utc) =>
        utc is { } value ? VietnamTime.FromUtc(value).ToString(Formats[0], CultureInfo.InvariantCulture) : null;

    /// <summary>The instant, in UTC, that the field's text names; false when it names none.</summary>
    public static bool TryParse(string? text, out DateTime utc)
    {
        var parsed = DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local);
        utc = parsed ? VietnamTime.ToUtc(local) : default;
        return parsed;
    }
}
