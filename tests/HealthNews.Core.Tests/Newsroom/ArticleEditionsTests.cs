using HealthNews.Core.Articles;
using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Core.OldAddresses;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HealthNews.Core.Tests.Newsroom;

/// <summary>An article's edition (ADR-017): its language, saved with it, fixed once public, and slugs free per edition.</summary>
public abstract class ArticleEditionsTests(string provider) : DatabaseTest(provider)
{
    private static readonly DateTime Start = new(2025, 7, 10, 1, 0, 0, DateTimeKind.Utc);
    private readonly ManualClock _clock = new(new DateTimeOffset(Start));

    private static readonly Actor Editor = new("editor-1", "Biên tập viên Chi", new HashSet<string> { Roles.Editor }, "10.0.0.3");

    private ArticlePublishing Publishing(HealthNewsDbContext db) =>
        new(db, new AuditLog(db, _clock), _clock, Options.Create(new NewsroomOptions()), new RecordingCache(), TestServices.Rendering(db));

    private static ArticleInput Input(int categoryId, string title, string language = ContentLanguage.Vietnamese, string? slug = null) =>
        new(title, slug, "Tóm tắt.", "Nội dung.", categoryId, null, null, null, null, []) { Language = language };

    private async Task<Article> ReloadAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    private async Task<CommandResult> SaveAsync(HealthNewsDbContext db, int id, ArticleInput input) =>
        await Publishing(db).SaveAsync(id, input, (await ReloadAsync(id)).ConcurrencyStamp, Editor);

    [Fact]
    public async Task TheLanguageIsSavedAndASlugIsFreeInTheOtherEditionButNotInItsOwn()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var categoryId = (await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop")).Id;
        var publishing = Publishing(db);

        var vietnamese = await publishing.CreateAsync(Input(categoryId, "Tiêm chủng mở rộng"), Editor);
        var english = await publishing.CreateAsync(Input(categoryId, "Tiêm chủng mở rộng", ContentLanguage.English), Editor);
        var secondVietnamese = await publishing.CreateAsync(Input(categoryId, "Tiêm chủng mở rộng"), Editor);
        var typedTaken = await publishing.CreateAsync(Input(categoryId, "Bài khác", slug: "tiem-chung-mo-rong"), Editor);
        var typedFreeInEnglish = await publishing.CreateAsync(Input(categoryId, "Another", ContentLanguage.English, slug: "tiem-chung-mo-rong-2"), Editor);

        Assert.True(vietnamese.Succeeded && english.Succeeded && secondVietnamese.Succeeded && typedFreeInEnglish.Succeeded);
        Assert.Equal((ContentLanguage.Vietnamese, "tiem-chung-mo-rong"), ((await ReloadAsync(vietnamese.Id)).Language, (await ReloadAsync(vietnamese.Id)).Slug));
        Assert.Equal((ContentLanguage.English, "tiem-chung-mo-rong"), ((await ReloadAsync(english.Id)).Language, (await ReloadAsync(english.Id)).Slug));
        Assert.Equal("tiem-chung-mo-rong-2", (await ReloadAsync(secondVietnamese.Id)).Slug);
        Assert.Equal(CommandStatus.Invalid, typedTaken.Status);
        Assert.Equal("Đường dẫn “tiem-chung-mo-rong” đã được dùng cho bài khác.", typedTaken.Errors![nameof(ArticleInput.Slug)]);
        var queries = new NewsroomQueries(db, _clock, new CategoryDirectory(db, TestServices.DataCache(_clock)));
        Assert.Equal("tiem-chung-mo-rong-3", await queries.ProposeSlugAsync("Tiêm chủng mở rộng", null, null, ContentLanguage.Vietnamese));
        Assert.Equal("tiem-chung-mo-rong-3", await queries.ProposeSlugAsync("Tiêm chủng mở rộng", null, null, ContentLanguage.English));
        Assert.Equal(ContentLanguage.English, (await queries.GetForEditAsync(english.Id))!.Content.Language);
    }

    [Fact]
    public async Task AnotherEditionsOldAddressNeitherBlocksASlugNorIsDeletedWhenTheSlugIsTaken()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var categoryId = (await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop")).Id;
        var publishing = Publishing(db);
        var vietnamese = (await publishing.CreateAsync(Input(categoryId, "Địa chỉ cũ"), Editor)).Id;
        await publishing.PublishAsync(vietnamese, null, Editor);
        await SaveAsync(db, vietnamese, Input(categoryId, "Địa chỉ cũ", slug: "dia-chi-moi"));
        await publishing.PublishChangesAsync(vietnamese, Editor); // "dia-chi-cu" now redirects, in the Vietnamese edition
        var english = (await publishing.CreateAsync(Input(categoryId, "Old address", ContentLanguage.English), Editor)).Id;
        await publishing.PublishAsync(english, null, Editor);

        var takes = await SaveAsync(db, english, Input(categoryId, "Old address", ContentLanguage.English, slug: "dia-chi-cu"));
        var published = await publishing.PublishChangesAsync(english, Editor);
        var vietnameseTakesIt = await SaveAsync(db, vietnamese, Input(categoryId, "Địa chỉ cũ", slug: "old-address"));

        Assert.True(takes.Succeeded && published.Succeeded, takes.Message + published.Message);
        Assert.Equal("dia-chi-cu", (await ReloadAsync(english)).Slug);
        var readers = new PublishedArticles(db, _clock);
        Assert.Equal("dia-chi-moi", await readers.FindMovedSlugAsync("dia-chi-cu", ContentLanguage.Vietnamese)); // kept
        Assert.Equal("dia-chi-cu", await readers.FindMovedSlugAsync("old-address", ContentLanguage.English));
        Assert.True(vietnameseTakesIt.Succeeded, vietnameseTakesIt.Message); // the English redirect doesn't block it
        var old = await new OldAddressResolver(db, _clock).ResolveAsync(new("dia-chi-cu", false));
        Assert.Equal("dia-chi-moi", old?.ArticleSlug); // the old portal's addresses are the Vietnamese edition's
    }

    [Fact]
    public async Task TheLanguageCannotChangeOnceTheArticleHasBeenPublicAndAnUnknownOneIsRefused()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var categoryId = (await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop")).Id;
        var publishing = Publishing(db);
        var draft = (await publishing.CreateAsync(Input(categoryId, "Bản nháp"), Editor)).Id;
        var published = (await publishing.CreateAsync(Input(categoryId, "Đã đăng"), Editor)).Id;
        await publishing.PublishAsync(published, null, Editor);
        var unpublished = (await publishing.CreateAsync(Input(categoryId, "Đã gỡ"), Editor)).Id;
        await publishing.PublishAsync(unpublished, null, Editor);
        await publishing.UnpublishAsync(unpublished, Editor);

        var draftChanges = await SaveAsync(db, draft, Input(categoryId, "Bản nháp", ContentLanguage.English));
        var publishedRefused = await SaveAsync(db, published, Input(categoryId, "Đã đăng", ContentLanguage.English));
        var unpublishedRefused = await SaveAsync(db, unpublished, Input(categoryId, "Đã gỡ", ContentLanguage.English));
        var unknown = await publishing.CreateAsync(Input(categoryId, "Tiếng Pháp", "fr"), Editor);

        Assert.True(draftChanges.Succeeded, draftChanges.Message);
        Assert.Equal(ContentLanguage.English, (await ReloadAsync(draft)).Language);
        Assert.Contains(await db.AuditEvents.Where(e => e.EntityId == draft.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync(),
            e => e.Action == AuditActions.ArticleLanguageChanged && e.Details == "Tiếng Việt → Tiếng Anh");
        foreach (var refused in new[] { publishedRefused, unpublishedRefused })
        {
            Assert.Equal(CommandStatus.Invalid, refused.Status);
            Assert.StartsWith("Bài đã từng xuất bản bằng tiếng Việt nên không đổi được ngôn ngữ", refused.Errors![nameof(ArticleInput.Language)],
                StringComparison.Ordinal);
        }
        Assert.Equal(ContentLanguage.Vietnamese, (await ReloadAsync(published)).Language);
        Assert.Equal("Ngôn ngữ không hợp lệ; hãy chọn Tiếng Việt hoặc Tiếng Anh.", unknown.Errors![nameof(ArticleInput.Language)]);
    }

    [Fact]
    public async Task TheListFiltersByLanguageAndShowsEachRowsLanguage()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var categoryId = (await db.AddCategoryAsync("Tin tổng hợp", "tin-tong-hop")).Id;
        var publishing = Publishing(db);
        await publishing.CreateAsync(Input(categoryId, "Bài tiếng Việt"), Editor);
        await publishing.CreateAsync(Input(categoryId, "An English article", ContentLanguage.English), Editor);
        var queries = new NewsroomQueries(db, _clock, new CategoryDirectory(db, TestServices.DataCache(_clock)));

        var english = await queries.ListAsync(new ArticleFilter(null, null, null, null) { Language = ContentLanguage.English });
        var vietnamese = await queries.ListAsync(new ArticleFilter(null, null, null, null) { Language = ContentLanguage.Vietnamese });
        var both = await queries.ListAsync(new ArticleFilter(null, null, null, null));

        Assert.Equal([("An English article", ContentLanguage.English)], english.Items.Select(r => (r.Title, r.Language)));
        Assert.Equal(["Bài tiếng Việt"], vietnamese.Items.Select(r => r.Title));
        Assert.Equal(2, both.TotalCount);
    }
}

public sealed class ArticleEditionsTestsOnSqlite() : ArticleEditionsTests(DatabaseOptions.Sqlite);

public sealed class ArticleEditionsTestsOnPostgreSql() : ArticleEditionsTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class ArticleEditionsTestsOnSqlServer() : ArticleEditionsTests(DatabaseOptions.SqlServer);
