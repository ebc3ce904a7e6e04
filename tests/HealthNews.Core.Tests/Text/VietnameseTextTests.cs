using HealthNews.Core.Text;

namespace HealthNews.Core.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Quy định", "quy-dinh")]
    [InlineData("ĐỀ ÁN ĐIỀU TRỊ", "de-an-dieu-tri")]
    [InlineData("Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp Đại sứ Cu Ba", "bo-truong-bo-y-te-dao-hong-lan-tiep-dai-su-cu-ba")]
    [InlineData("Lễ phát động “Mắt khoẻ ngời sáng tương lai”", "le-phat-dong-mat-khoe-ngoi-sang-tuong-lai")]
    [InlineData("COVID-19: 5 điều cần biết!", "covid-19-5-dieu-can-biet")]
    [InlineData("  --Tin  tức -- (mới) --  ", "tin-tuc-moi")]
    [InlineData("Trường Đại học Kỹ thuật Y - Dược Đà Nẵng năm học 2024 – 2025", "truong-dai-hoc-ky-thuat-y-duoc-da-nang-nam-hoc-2024-2025")]
    public void SlugifyFoldsVietnameseIntoLowerCaseAsciiWithHyphens(string title, string expected)
    {
        Assert.Equal(expected, VietnameseText.Slugify(title));
    }

    [Fact]
    public void SlugifyFoldsEveryToneMarkOfEveryVowel()
    {
        const string vowels = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ";
        const string expected = "aaaaaa-aaaaaa-aaaaaa-eeeeee-eeeeee-iiiiii-oooooo-oooooo-oooooo-uuuuuu-uuuuuu-yyyyyy-d";

        Assert.Equal(expected, VietnameseText.Slugify(vowels, 200));
        Assert.Equal(expected, VietnameseText.Slugify(vowels.ToUpperInvariant(), 200));
    }

    [Fact]
    public void SlugifyFoldsDecomposedInputToo()
    {
        var decomposed = "Quy định sức khỏe".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal("quy-dinh-suc-khoe", VietnameseText.Slugify(decomposed));
    }

    [Fact]
    public void SlugifyCutsLongTitlesBetweenWordsWithoutATrailingHyphen()
    {
        var title = string.Join(' ', Enumerable.Repeat("Tăng cường hợp tác chuyển đổi số trong ngành Y tế", 5));

        var slug = VietnameseText.Slugify(title);

        Assert.True(slug.Length <= VietnameseText.MaxSlugLength, slug);
        Assert.StartsWith("tang-cuong-hop-tac-chuyen-doi-so-trong-nganh-y-te-tang-cuong", slug);
        Assert.False(slug.EndsWith('-'), slug);
        Assert.DoesNotContain("--", slug, StringComparison.Ordinal);
        var words = VietnameseText.Slugify(title, 1000).Split('-');
        Assert.All(slug.Split('-'), w => Assert.Contains(w, words)); // no word cut in half
    }

    [Fact]
    public void SlugifyOfTextWithoutLettersFallsBackToAWord()
    {
        Assert.Equal("bai-viet", VietnameseText.Slugify("“…” !!!"));
    }

    [Fact]
    public void SlugCandidatesNumberCollisionsFromTwoAndStayWithinTheLimit()
    {
        Assert.Equal("quy-dinh", VietnameseText.SlugCandidate("quy-dinh", 1));
        Assert.Equal("quy-dinh-2", VietnameseText.SlugCandidate("quy-dinh", 2));
        Assert.Equal("quy-dinh-3", VietnameseText.SlugCandidate("quy-dinh", 3));

        var longSlug = VietnameseText.Slugify(new string('a', 40) + " " + new string('b', 39));
        Assert.Equal(80, longSlug.Length);
        var candidate = VietnameseText.SlugCandidate(longSlug, 12);
        Assert.Equal(80, candidate.Length);
        Assert.EndsWith("-12", candidate);
    }

    [Fact]
    public void SlugCandidateDropsAHyphenLeftAtTheCut()
    {
        // 79 characters: making room for "-2" cuts right after the hyphen before "b".
        var candidate = VietnameseText.SlugCandidate(new string('a', 77) + "-b", 2);

        Assert.Equal(new string('a', 77) + "-2", candidate);
    }

    [Fact]
    public void FoldDiacriticsKeepsCaseAndMapsDStroke()
    {
        Assert.Equal("Dao Hong Lan, Duc Giang", VietnameseText.FoldDiacritics("Đào Hồng Lan, Đức Giang"));
    }

    [Fact]
    public void ExcerptLeavesShortTextWhole()
    {
        const string text = "Sáng ngày 09/10/2024, Ủy ban nhân dân thành phố Hà Nội tổ chức khánh thành Bệnh viện Nhi Hà Nội.";

        Assert.Equal(text, VietnameseText.Excerpt(text));
    }

    [Fact]
    public void ExcerptCutsLongTextAtAWordBoundaryAndEndsWithEllipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("Bộ trưởng Bộ Y tế Đào Hồng Lan đã tiếp ngài Orlando Hernandez Guillen,", 6));

        var excerpt = VietnameseText.Excerpt(text);

        Assert.EndsWith("...", excerpt);
        var head = excerpt[..^3];
        Assert.True(head.Length <= 200, $"{head.Length} characters");
        Assert.True(head.Length >= 150, $"{head.Length} characters: cut too early");
        Assert.StartsWith(head, text);
        Assert.Matches(@"^[,;:.]*\s", text[head.Length..]); // the cut falls between words
        Assert.False(head.EndsWith(','), head); // no dangling punctuation before the ellipsis
    }

    [Fact]
    public void ExcerptCollapsesWhitespaceAndHandlesEmptyText()
    {
        Assert.Equal("Tin mới", VietnameseText.Excerpt(" Tin \n\n mới "));
        Assert.Equal("", VietnameseText.Excerpt(null));
        Assert.Equal("", VietnameseText.Excerpt("   "));
    }

    [Fact]
    public void ExcerptOfOneLongWordIsCutHard()
    {
        var excerpt = VietnameseText.Excerpt(new string('x', 300));

        Assert.Equal(new string('x', 200) + "...", excerpt);
    }
}
