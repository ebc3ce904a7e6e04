using System.Globalization;

namespace HealthNews.Core.Text;

/// <summary>
/// Converts between stored UTC and Vietnam time (Asia/Ho_Chi_Minh) and writes the portal's date lines.
/// Weekday and hour always come from the same converted instant.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    // The portal's own spelling: "Thứ Bẩy", not "Thứ Bảy".
    private static readonly string[] WeekdayNames =
        ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy"];

    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateTime vietnamLocal) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(vietnamLocal, DateTimeKind.Unspecified), Zone);

    public static string WeekdayName(DayOfWeek day) => WeekdayNames[(int)day];

    /// <summary>Listings and the sidebar: "Thứ Năm, ngày 10/10/2024 09:09" (24-hour clock).</summary>
    public static string ListingDateLine(DateTime utc)
    {
        var local = FromUtc(utc);
        return WeekdayName(local.DayOfWeek) + ", ngày " + local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The listing date line in an edition's language: Vietnamese as <see cref="ListingDateLine(DateTime)"/>, English
    /// "Thursday, 10/10/2024 09:09" (the same Vietnam time, day first, 24-hour clock).
    /// </summary>
    public static string ListingDateLine(DateTime utc, string language)
    {
        if (language != Common.ContentLanguage.English)
        {
            return ListingDateLine(utc);
        }
        var local = FromUtc(utc);
        return EnglishDays.GetDayName(local.DayOfWeek) + ", " + local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
    }

    private static readonly DateTimeFormatInfo EnglishDays = CultureInfo.GetCultureInfo("en-GB").DateTimeFormat;

    /// <summary>A day and time in a sentence, e.g. when a poll closes: "31/12/2026 17:00" (24-hour clock).</summary>
    public static string DateAndTime(DateTime utc) =>
        FromUtc(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// How long something has waited, in whole units, rounded down: "chờ 5 phút", "chờ 3 giờ", "chờ 2 ngày"; under a
    /// minute "vừa gửi". The review queue's ages.
    /// </summary>
    public static string Waiting(TimeSpan waited) => waited switch
    {
        { TotalMinutes: < 1 } => "vừa gửi",
        { TotalHours: < 1 } => "chờ " + ((int)waited.TotalMinutes).ToString(CultureInfo.InvariantCulture) + " phút",
        { TotalDays: < 1 } => "chờ " + ((int)waited.TotalHours).ToString(CultureInfo.InvariantCulture) + " giờ",
        _ => "chờ " + ((int)waited.TotalDays).ToString(CultureInfo.InvariantCulture) + " ngày",
    };

    /// <summary>Article pages: "09/12/2023 | 08:28 AM" (12-hour clock).</summary>
    public static string ArticleDateLine(DateTime utc) =>
        FromUtc(utc).ToString("dd/MM/yyyy '|' hh:mm tt", CultureInfo.InvariantCulture);

    /// <summary>
    /// The article page's date line in an edition's language: Vietnamese as <see cref="ArticleDateLine(DateTime)"/>, the
    /// English edition as its listings write it, "Thursday, 10/10/2024 09:09".
    /// </summary>
    public static string ArticleDateLine(DateTime utc, string language) =>
        language == Common.ContentLanguage.English ? ListingDateLine(utc, language) : ArticleDateLine(utc);

    /// <summary>A machine-readable instant for <c>&lt;time datetime&gt;</c>: UTC, "2024-10-10T02:09:00Z".</summary>
    public static string IsoDateTime(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Share cards, JSON-LD and sitemaps: ISO 8601 in Vietnam time with its offset, "2023-12-09T08:28:00+07:00".</summary>
    public static string IsoDateTimeWithOffset(DateTime utc) =>
        ToOffset(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>RSS 2.0 dates: RFC 822 in Vietnam time, "Sat, 09 Dec 2023 08:28:00 +0700".</summary>
    public static string Rfc822(DateTime utc)
    {
        var local = ToOffset(utc);
        var offset = local.Offset;
        return local.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString("hhmm", CultureInfo.InvariantCulture);
    }

    private static DateTimeOffset ToOffset(DateTime utc)
    {
        var local = FromUtc(utc);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            // Without tzdata: Vietnam has kept UTC+7 without daylight saving since 1975.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Giờ Việt Nam", "ICT");
        }
    }
}
