using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using HealthNews.Core.SampleContent;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Tests.Data;

public abstract class ContentGeneratorTests(string provider) : DatabaseTest(provider)
{
    [Fact]
    public async Task FillsTheCategoriesWithPublishedVietnameseArticlesAndAFeaturedPoll()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        await TestServices.SampleLoader(db, new FileSystemMediaStore(Path.Combine(Database.Directory, "media"), TimeProvider.System))
            .LoadIfEmptyAsync();

        var added = await new ContentGenerator(db, TestServices.Rendering(db)).GenerateAsync(2500, seed: 7);

        Assert.Equal(2500, added);
        Assert.Equal(42 + 2500, await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published && a.Language == ContentLanguage.Vietnamese));
        Assert.Equal(await db.Articles.CountAsync(), await db.Articles.Select(a => a.Slug).Distinct().CountAsync());
        Assert.Equal(6, await db.Articles.Where(a => a.AuthorName == "Phòng Truyền thông").Select(a => a.CategoryId).Distinct().CountAsync());
        var sample = await db.Articles.Where(a => a.AuthorName == "Phòng Truyền thông").OrderBy(a => a.Id).FirstAsync();
        Assert.Contains("- Tăng cường ", sample.Body, StringComparison.Ordinal);
        Assert.Contains("\"Quang cảnh hội nghị.\"", sample.Body, StringComparison.Ordinal);
        Assert.Single(await db.Polls.Where(p => p.IsFeatured && p.Status == PollStatus.Open && p.Language == ContentLanguage.Vietnamese).ToListAsync());
    }
}

public sealed class ContentGeneratorTestsOnSqlite() : ContentGeneratorTests(DatabaseOptions.Sqlite);

public sealed class ContentGeneratorTestsOnPostgreSql() : ContentGeneratorTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class ContentGeneratorTestsOnSqlServer() : ContentGeneratorTests(DatabaseOptions.SqlServer);
