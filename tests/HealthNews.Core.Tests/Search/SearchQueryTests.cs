using System.Text;
using HealthNews.Core.Search;

namespace HealthNews.Core.Tests.Search;

public class SearchQueryTests
{
    [Theory]
    [InlineData("Bộ trưởng Bộ Y tế", new[] { "bo", "truong", "y", "te" })]
    [InlineData("bo truong y te", new[] { "bo", "truong", "y", "te" })]
    [InlineData("ĐÀ NẴNG đà nẵng", new[] { "da", "nang" })]
    [InlineData("COVID-19, tiêm chủng!", new[] { "covid", "19", "tiem", "chung" })]
    public void FoldsWordsWhateverTheirMarksAndCase(string typed, string[] words)
    {
        var query = SearchQuery.Parse(typed);

        Assert.True(query.IsValid);
        Assert.Equal(words, query.Words);
        Assert.Empty(query.Phrases);
    }

    [Fact]
    public void DecomposedInputIsReadLikeComposed()
    {
        var nfd = "Bộ trưởng dịch bệnh".Normalize(NormalizationForm.FormD);

        Assert.Equal(SearchQuery.Parse("Bộ trưởng dịch bệnh").Words, SearchQuery.Parse(nfd).Words);
    }

    [Fact]
    public void QuotedWordsAreAPhrase()
    {
        var query = SearchQuery.Parse("\"Bộ trưởng\" Đào Hồng Lan \"y tế");

        Assert.Equal(["dao", "hong", "lan"], query.Words);
        Assert.Equal(["bo truong", "y te"], query.Phrases);
        Assert.Equal(["dao", "hong", "lan", "bo", "truong", "y", "te"], query.AllWords);
    }

    [Theory]
    [InlineData("", "Hãy nhập từ khoá cần tìm.")]
    [InlineData("   \"\" !!! ", "Hãy nhập từ khoá cần tìm.")]
    [InlineData("a", "Từ khoá quá ngắn: hãy nhập ít nhất 2 chữ cái hoặc chữ số.")]
    [InlineData(" đ ", "Từ khoá quá ngắn: hãy nhập ít nhất 2 chữ cái hoặc chữ số.")]
    public void EmptyAndOneLetterQueriesSayWhy(string typed, string problem)
    {
        var query = SearchQuery.Parse(typed);

        Assert.False(query.IsValid);
        Assert.Equal(problem, query.Problem);
        Assert.Empty(query.Words);
    }

    [Fact]
    public void AQueryOverTwoHundredCharactersSaysWhy()
    {
        Assert.True(SearchQuery.Parse(new string('a', 200)).IsValid);
        Assert.Equal("Từ khoá quá dài: tối đa 200 ký tự.", SearchQuery.Parse(new string('a', 201)).Problem);
    }
}
