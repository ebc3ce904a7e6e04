using HealthNews.Core.Text;

namespace HealthNews.Core.Tests.Text;

public class VietnamTimeTests
{
    private static DateTime Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(2024, 10, 7, "Thứ Hai")]
    [InlineData(2024, 10, 8, "Thứ Ba")]
    [InlineData(2024, 10, 9, "Thứ Tư")]
    [InlineData(2024, 10, 10, "Thứ Năm")]
    [InlineData(2024, 10, 11, "Thứ Sáu")]
    [InlineData(2024, 10, 12, "Thứ Bẩy")]
    [InlineData(2024, 10, 13, "Chủ Nhật")]
    public void ListingDateLineNamesEveryWeekdayAsThePortalSpellsIt(int year, int month, int day, string weekday)
    {
        // 03:00 UTC is 10:00 in Hanoi, the same calendar day.
        var line = VietnamTime.ListingDateLine(Utc(year, month, day, 3, 0));

        Assert.Equal($"{weekday}, ngày {day:00}/{month:00}/{year} 10:00", line);
    }

    [Fact]
    public void ListingDateLineMatchesTheSeedForAVietnamTime()
    {
        var utc = VietnamTime.ToUtc(new DateTime(2024, 10, 10, 9, 9, 0));

        Assert.Equal(Utc(2024, 10, 10, 2, 9), utc);
        Assert.Equal("Thứ Năm, ngày 10/10/2024 09:09", VietnamTime.ListingDateLine(utc));
    }

    [Fact]
    public void WeekdayAndHourComeFromTheSameInstantAcrossMidnight()
    {
        // Wednesday 17:10 UTC is already Thursday 00:10 in Hanoi: both the day and the hour must say so.
        var utc = Utc(2024, 10, 9, 17, 10);

        Assert.Equal("Thứ Năm, ngày 10/10/2024 00:10", VietnamTime.ListingDateLine(utc));
        Assert.Equal("10/10/2024 | 12:10 AM", VietnamTime.ArticleDateLine(utc));
    }

    [Theory]
    [InlineData(17, 0, "01/01/2024 | 12:00 AM")] // midnight in Hanoi
    [InlineData(5, 0, "01/01/2024 | 12:00 PM")] // noon
    [InlineData(4, 59, "01/01/2024 | 11:59 AM")]
    [InlineData(5, 59, "01/01/2024 | 12:59 PM")]
    [InlineData(6, 0, "01/01/2024 | 01:00 PM")]
    [InlineData(16, 59, "01/01/2024 | 11:59 PM")]
    [InlineData(1, 28, "01/01/2024 | 08:28 AM")]
    public void ArticleDateLineUsesTheTwelveHourClock(int utcHour, int utcMinute, string expected)
    {
        var day = utcHour >= 17 ? 31 : 1;
        var month = utcHour >= 17 ? 12 : 1;
        var year = utcHour >= 17 ? 2023 : 2024;

        Assert.Equal(expected, VietnamTime.ArticleDateLine(Utc(year, month, day, utcHour, utcMinute)));
    }

    [Fact]
    public void ListingDateLineUsesTheTwentyFourHourClock()
    {
        Assert.Equal("Thứ Ba, ngày 09/07/2024 00:00", VietnamTime.ListingDateLine(Utc(2024, 7, 8, 17, 0)));
        Assert.Equal("Thứ Ba, ngày 09/07/2024 12:00", VietnamTime.ListingDateLine(Utc(2024, 7, 9, 5, 0)));
        Assert.Equal("Thứ Ba, ngày 09/07/2024 15:29", VietnamTime.ListingDateLine(Utc(2024, 7, 9, 8, 29)));
    }

    [Fact]
    public void ArticleDateLineMatchesTheSeedArticle()
    {
        var utc = VietnamTime.ToUtc(new DateTime(2023, 12, 9, 8, 28, 0));

        Assert.Equal("09/12/2023 | 08:28 AM", VietnamTime.ArticleDateLine(utc));
    }

    [Fact]
    public void IsoDateTimeIsTheUtcInstant()
    {
        Assert.Equal("2024-10-10T02:09:00Z", VietnamTime.IsoDateTime(Utc(2024, 10, 10, 2, 9)));
    }

    [Fact]
    public void Rfc822DatesForFeedsAreInVietnamTimeWithEnglishNamesAndTheOffset()
    {
        // Wednesday 17:10 UTC is Thursday 00:10 in Hanoi.
        Assert.Equal("Thu, 10 Oct 2024 00:10:00 +0700", VietnamTime.Rfc822(Utc(2024, 10, 9, 17, 10)));
        Assert.Equal("Tue, 17 Jun 2025 08:08:00 +0700", VietnamTime.Rfc822(Utc(2025, 6, 17, 1, 8)));
    }

    [Fact]
    public void IsoDatesForShareCardsAndSitemapsCarryVietnamsOffset()
    {
        Assert.Equal("2024-10-10T00:10:00+07:00", VietnamTime.IsoDateTimeWithOffset(Utc(2024, 10, 9, 17, 10)));
        Assert.Equal(new DateTimeOffset(2024, 10, 9, 17, 10, 0, TimeSpan.Zero), DateTimeOffset.Parse("2024-10-10T00:10:00+07:00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(0, "vừa gửi")]
    [InlineData(59, "vừa gửi")]
    [InlineData(60, "chờ 1 phút")]
    [InlineData(59 * 60 + 59, "chờ 59 phút")]
    [InlineData(3 * 3600 + 1800, "chờ 3 giờ")]
    [InlineData(23 * 3600 + 3599, "chờ 23 giờ")]
    [InlineData(24 * 3600, "chờ 1 ngày")]
    [InlineData(9 * 86400 + 3600, "chờ 9 ngày")]
    public void WaitingSaysHowLongInWholeUnitsRoundedDown(int seconds, string expected) =>
        Assert.Equal(expected, VietnamTime.Waiting(TimeSpan.FromSeconds(seconds)));
}
