using System.Text.RegularExpressions;
using HealthNews.Core.Articles;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using HealthNews.Core.Polls;
using HealthNews.Core.SampleContent;
using HealthNews.Core.Search;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Tests.Data;

/// <summary>The English edition's part of the sample content (ADR-017), loaded beside the Vietnamese one.</summary>
public abstract partial class EnglishSampleContentTests(string provider) : DatabaseTest(provider)
{
    private const string WhoTitle = "Bộ Y tế họp chuẩn bị Dự án Hỗ trợ Kỹ thuật y tế của Bộ Y tế - Tổ chức Y tế thế giới giai đoạn 2024-2027";
    private const string UndpTitle = "Thứ trưởng Bộ Y tế Lê Đức Luận tiếp đoàn UNDP và WHO";

    private async Task<Core.Data.HealthNewsDbContext> LoadedAsync()
    {
        var db = await Database.CreateMigratedContextAsync();
        var store = new FileSystemMediaStore(Path.Combine(Database.Directory, "media"), TimeProvider.System);
        Assert.True(await TestServices.SampleLoader(db, store).LoadIfEmptyAsync());
        return db;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex AsciiSlug();

    [Fact]
    public async Task GivesEveryCategoryAnEnglishNameAndAnEnglishSlugOfItsOwn()
    {
        await using var db = await LoadedAsync();

        var categories = await db.Categories.OrderBy(c => c.SortOrder).ToListAsync();

        Assert.Equal(
            [
                ("Leadership activities", "leadership-activities"), ("General news", "general-news"), ("Local activities", "local-activities"),
                ("Featured news", "featured-news"), ("Direction and administration", "direction-and-administration"),
                ("Health news digest", "health-news-digest"),
            ],
            categories.Select(c => (c.EnglishName, c.EnglishSlug)));
        Assert.All(categories, c => Assert.False(string.IsNullOrWhiteSpace(c.EnglishName)));
        Assert.All(categories, c => Assert.Matches(AsciiSlug(), c.EnglishSlug));
        Assert.Equal(categories.Count, categories.Select(c => c.EnglishSlug).Distinct().Count());
    }

    [Theory]
    [InlineData(WhoTitle, "Ministry of Health meets to prepare the Ministry of Health – World Health Organization Health Technical Assistance Project for 2024-2027")]
    [InlineData(UndpTitle, "Deputy Minister of Health Le Duc Luan receives UNDP and WHO delegation")]
    public async Task TranslatesTheWhoAndUndpArticlesAndLinksThemToTheirOriginals(string vietnameseTitle, string englishTitle)
    {
        await using var db = await LoadedAsync();

        var original = await db.Articles.SingleAsync(a => a.Title == vietnameseTitle);
        var translation = await db.Articles.SingleAsync(a => a.TranslationOfId == original.Id);

        Assert.Equal((ContentLanguage.Vietnamese, (int?)null), (original.Language, original.TranslationOfId));
        Assert.Equal(englishTitle, translation.Title);
        Assert.Equal(ContentLanguage.English, translation.Language);
        Assert.Equal(ArticleStatus.Published, translation.Status);
        Assert.Equal(original.CategoryId, translation.CategoryId);
        Assert.Equal(original.PublishedAtUtc, translation.PublishedAtUtc);
        Assert.NotNull(translation.FeaturedImageId);
        Assert.Equal(original.FeaturedImageId, translation.FeaturedImageId);
        Assert.Matches(AsciiSlug(), translation.Slug);
        // The same photos in the body, with English words, and derived columns rendered as for a Vietnamese article.
        Assert.Equal(MediaUrls.IdsIn(original.Body).Order(), MediaUrls.IdsIn(translation.Body).Order());
        Assert.NotEmpty(MediaUrls.IdsIn(translation.Body));
        Assert.Contains("<figure>", translation.BodyHtml, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(translation.Summary));
        Assert.False(string.IsNullOrEmpty(translation.SearchTitle));
        Assert.False(string.IsNullOrEmpty(translation.SearchBody));
        Assert.Contains("angela pratt", translation.SearchBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HasAnEnglishOnlyItemAndKeepsTheVietnameseEditionAsItWas()
    {
        await using var db = await LoadedAsync();

        var english = await db.Articles.Where(a => a.Language == ContentLanguage.English).ToListAsync();
        var translated = await db.Articles.Where(a => a.TranslationOfId != null).Select(a => a.TranslationOfId).ToListAsync();

        Assert.True(english.Count >= 4, $"{english.Count} English articles");
        Assert.All(english, a => Assert.Equal(ArticleStatus.Published, a.Status));
        var alone = Assert.Single(english, a => a.TranslationOfId is null && !translated.Contains(a.Id));
        Assert.Equal("Dengue season: how to protect yourself and your family", alone.Title);
        Assert.False(string.IsNullOrEmpty(alone.SearchBody));
        // What the Vietnamese edition shows is the captured content, nothing added.
        Assert.Equal(42, await db.Articles.CountAsync(a => a.Language == ContentLanguage.Vietnamese));
        Assert.Equal(22, await db.Articles.CountAsync(a => a.Language == ContentLanguage.Vietnamese && a.Category!.Slug == "hoat-dong-cua-lanh-dao-bo"));
        Assert.Equal(0, await db.Articles.CountAsync(a => a.Language == ContentLanguage.Vietnamese && a.TranslationOfId != null));
    }

    [Fact]
    public async Task TheEnglishEditionHasALeadStoryAListingRelatedNewsAndSearch()
    {
        await using var db = await LoadedAsync();
        var articles = new PublishedArticles(db, TimeProvider.System);
        var leadership = await db.Categories.SingleAsync(c => c.EnglishSlug == "leadership-activities");

        var englishLead = await articles.GetLeadAsync(ContentLanguage.English);
        var vietnameseLead = await articles.GetLeadAsync(ContentLanguage.Vietnamese);
        var listing = await articles.ListNewestInCategoryAsync(leadership.Id, 10, ContentLanguage.English);
        var links = await articles.GetLinksAsync(englishLead!.Id);
        var search = new ArticleSearch(db, new CategoryDirectory(db, TestServices.DataCache()), TimeProvider.System);
        var found = await search.SearchAsync(
            new SearchRequest(SearchQuery.Parse("procurement of health products"), null, null, null, 1) { Language = ContentLanguage.English });

        Assert.Equal("Deputy Minister of Health Le Duc Luan receives UNDP and WHO delegation", englishLead.Title); // pinned, as its original
        Assert.Equal(UndpTitle, vietnameseLead!.Title);
        Assert.True(listing.Count >= 3, $"{listing.Count} English items in Leadership activities");
        Assert.Equal(new TranslationLink(ContentLanguage.Vietnamese, "thu-truong-bo-y-te-le-duc-luan-tiep-doan-undp-va-who"), links.Translation);
        Assert.Equal(
            ["Ministry of Health meets to prepare the Ministry of Health – World Health Organization Health Technical Assistance Project for 2024-2027"],
            links.PickedRelated.Select(a => a.Title));
        Assert.Equal(englishLead.Title, found.Results.Items[0].Title);
        Assert.All(found.Results.Items, r => Assert.Equal("Leadership activities", r.CategoryName));
    }

    [Fact]
    public async Task FeaturesAnOpenEnglishPollThatStaysWhenTheVietnameseEditionFeaturesOne()
    {
        await using var db = await LoadedAsync();

        // The captured Vietnamese content has no poll: that edition's sidebar stays as it was.
        var featured = new PollQueries(db, TimeProvider.System, TestServices.DataCache());
        var english = await featured.GetFeaturedAsync(ContentLanguage.English);
        Assert.Null(await featured.GetFeaturedAsync(ContentLanguage.Vietnamese));
        Assert.NotNull(english);
        Assert.Equal((ContentLanguage.English, PollStatus.Open, true), (english.Language, english.Status, english.IsFeatured));
        Assert.InRange(english.Options.Count, 3, 4);

        // The generator features a Vietnamese poll (generate-content): each edition keeps its own.
        await new ContentGenerator(db, TestServices.Rendering(db)).GenerateAsync(0);
        var after = new PollQueries(db, TimeProvider.System, TestServices.DataCache());
        Assert.Equal(english.Id, (await after.GetFeaturedAsync(ContentLanguage.English))?.Id);
        var vietnamese = await after.GetFeaturedAsync(ContentLanguage.Vietnamese);
        Assert.NotNull(vietnamese);
        Assert.Equal(ContentLanguage.Vietnamese, vietnamese.Language);
    }
}

public sealed class EnglishSampleContentTestsOnSqlite() : EnglishSampleContentTests(DatabaseOptions.Sqlite);

public sealed class EnglishSampleContentTestsOnPostgreSql() : EnglishSampleContentTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class EnglishSampleContentTestsOnSqlServer() : EnglishSampleContentTests(DatabaseOptions.SqlServer);
