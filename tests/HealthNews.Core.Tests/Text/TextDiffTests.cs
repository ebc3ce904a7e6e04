using HealthNews.Core.Text;

namespace HealthNews.Core.Tests.Text;

public class TextDiffTests
{
    [Fact]
    public void ShowsRemovedAndAddedLinesAroundWhatStayed()
    {
        var diff = TextDiff.Lines("Đoạn một.\nĐoạn hai.\nĐoạn ba.", "Đoạn một.\nĐoạn hai đã sửa.\nĐoạn ba.\nĐoạn bốn.");

        Assert.Equal(
        [
            new DiffLine(DiffKind.Same, "Đoạn một."),
            new DiffLine(DiffKind.Removed, "Đoạn hai."),
            new DiffLine(DiffKind.Added, "Đoạn hai đã sửa."),
            new DiffLine(DiffKind.Same, "Đoạn ba."),
            new DiffLine(DiffKind.Added, "Đoạn bốn."),
        ], diff);
    }

    [Fact]
    public void HandlesEmptySidesAndWindowsLineEndings()
    {
        Assert.Equal([new DiffLine(DiffKind.Added, "Mới")], TextDiff.Lines(null, "Mới"));
        Assert.Equal([new DiffLine(DiffKind.Removed, "Cũ")], TextDiff.Lines("Cũ", ""));
        Assert.All(TextDiff.Lines("a\r\nb", "a\nb"), l => Assert.Equal(DiffKind.Same, l.Kind));
    }
}
