using HealthNews.Web.Areas.Admin.Models;

namespace HealthNews.Web.Tests.Admin;

public class LocalTimeFieldTests
{
    [Theory]
    [InlineData("25/12/2026 08:30")]
    [InlineData(" 25/12/2026  08:30 ")]
    [InlineData("2026-12-25T08:30")]
    public void ReadsVietnameseDayMonthYearAsVietnamTime(string typed)
    {
        Assert.True(LocalTimeField.TryParse(typed, out var utc));

        Assert.Equal(new DateTime(2026, 12, 25, 1, 30, 0, DateTimeKind.Utc), utc);
    }

    [Theory]
    [InlineData("12/25/2026 08:30")]
    [InlineData("31/02/2026 08:30")]
    [InlineData("25/12/2026")]
    [InlineData("")]
    [InlineData(null)]
    public void RefusesWhatNamesNoTime(string? typed) => Assert.False(LocalTimeField.TryParse(typed, out _));

    [Fact]
    public void WritesDayFirstInVietnamTime() =>
        Assert.Equal("25/12/2026 08:30", LocalTimeField.Format(new DateTime(2026, 12, 25, 1, 30, 0, DateTimeKind.Utc)));
}
