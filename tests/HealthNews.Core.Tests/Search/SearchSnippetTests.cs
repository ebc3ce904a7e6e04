using HealthNews.Core.Markdown;
using HealthNews.Core.Search;

namespace HealthNews.Core.Tests.Search;

public class SearchSnippetTests
{
    private static string Marked(IEnumerable<SearchSnippet.Piece> pieces) =>
        string.Concat(pieces.Select(p => p.IsMatch ? "[" + p.Text + "]" : p.Text));

    [Fact]
    public void MarksEveryWholeWordMatchInItsOriginalSpelling()
    {
        var pieces = SearchSnippet.Make("Bộ trưởng Bộ Y tế chủ trì cuộc họp về phòng, chống dịch.", ["bo", "dich"]);

        Assert.Equal("[Bộ] trưởng [Bộ] Y tế chủ trì cuộc họp về phòng, chống [dịch].", Marked(pieces));
    }

    [Fact]
    public void DoesNotMarkPartsOfWords()
    {
        Assert.Equal("Tết và [te] bào", Marked(SearchSnippet.Make("Tết và te bào", ["te"])));
    }

    [Fact]
    public void CutsAroundAFarMatchBetweenWords()
    {
        var text = string.Join(' ', Enumerable.Repeat("mở đầu", 100)) + " Thứ trưởng Đỗ Xuân Tuyên " + string.Join(' ', Enumerable.Repeat("kết thúc", 100));

        var pieces = SearchSnippet.Make(text, ["tuyen"], length: 120);
        var marked = Marked(pieces);

        Assert.StartsWith("…", marked, StringComparison.Ordinal);
        Assert.EndsWith("…", marked, StringComparison.Ordinal);
        Assert.Contains("[Tuyên]", marked, StringComparison.Ordinal);
        Assert.True(marked.Length < 140, marked);
        Assert.DoesNotContain("…ở", marked, StringComparison.Ordinal); // cut between words
    }

    [Fact]
    public void WithoutAMatchTheTextStartsTheSnippet()
    {
        Assert.Equal("Hội nghị tổng kết", Marked(SearchSnippet.Make("Hội nghị tổng kết", ["vaccine"])));
    }

    [Fact]
    public void TheSummaryIsUsedWhenItMatchesElseTheBody()
    {
        Assert.Equal("Tóm tắt về dịch", SearchSnippet.SourceText("Tóm tắt về dịch", "Thân bài", Plain, ["dich"]));
        Assert.Equal("Thân bài về dịch", SearchSnippet.SourceText("Tóm tắt", "Thân bài về **dịch**", Plain, ["dich"]));
        Assert.Equal("Tóm tắt", SearchSnippet.SourceText("Tóm tắt", "Thân bài", Plain, ["tieu", "de"]));
        Assert.Equal("Mở đầu", SearchSnippet.SourceText(null, "Mở đầu", Plain, ["tieu", "de"]));
    }

    [Fact]
    public void OnlyTheParagraphsFromTheFirstMatchAreMadeIntoText()
    {
        var filler = string.Join(' ', Enumerable.Repeat("chữ", 40));
        var body = $"# Mở đầu\r\n\r\n{filler}\r\n\r\nĐoạn có **dịch** sốt\r\n\r\n{filler} một\r\n\r\n{filler} hai\r\n\r\n{filler} ba\r\n\r\n{filler} bốn";
        var converted = new List<string>();

        var text = SearchSnippet.SourceText("Tóm tắt", body, markdown => { converted.Add(markdown); return Plain(markdown); }, ["dich"]);

        Assert.StartsWith("Đoạn có dịch sốt", text, StringComparison.Ordinal);
        Assert.Contains("một", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bốn", text, StringComparison.Ordinal); // about two snippets' worth, not the whole body
        Assert.Equal([text], converted.Select(Plain));
    }

    [Fact]
    public void AMatchOnlyInALinksAddressFallsBackToTheWholeBody()
    {
        var text = SearchSnippet.SourceText(null, "Xem [tại đây](https://moh.gov.vn/dich)\n\nĐoạn hai", Plain, ["dich"]);

        Assert.Equal("Xem tại đây Đoạn hai", text);
    }

    private static string Plain(string markdown) => new MarkdownRenderer().ToPlainText(markdown).ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal);
}
