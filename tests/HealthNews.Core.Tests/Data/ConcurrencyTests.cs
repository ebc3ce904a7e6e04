using HealthNews.Core.Configuration;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Tests.Data;

public abstract class ConcurrencyTests(string provider) : DatabaseTest(provider)
{
    [Fact]
    public async Task TheSecondOfTwoConcurrentSavesIsRefused()
    {
        int id;
        await using (var setup = await Database.CreateMigratedContextAsync())
        {
            var category = await setup.AddCategoryAsync("Tin", "tin");
            id = (await setup.AddArticleAsync(category, "Bài gốc", DateTime.UtcNow.AddDays(-1))).Id;
        }
        await using var first = Database.CreateContext();
        await using var second = Database.CreateContext();
        var firstCopy = await first.Articles.SingleAsync(a => a.Id == id);
        var secondCopy = await second.Articles.SingleAsync(a => a.Id == id);

        firstCopy.Title = "Sửa lần một";
        await first.SaveChangesAsync();
        secondCopy.Title = "Sửa lần hai";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = Database.CreateContext();
        Assert.Equal("Sửa lần một", (await check.Articles.SingleAsync(a => a.Id == id)).Title);
    }
}

public sealed class ConcurrencyTestsOnSqlite() : ConcurrencyTests(DatabaseOptions.Sqlite);

public sealed class ConcurrencyTestsOnPostgreSql() : ConcurrencyTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class ConcurrencyTestsOnSqlServer() : ConcurrencyTests(DatabaseOptions.SqlServer);
