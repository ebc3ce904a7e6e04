using HealthNews.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Tests.Data;

public class ConcurrencyTests
{
    [Fact]
    public async Task TheSecondOfTwoConcurrentSavesIsRefused()
    {
        using var database = new SqliteTestDatabase();
        int id;
        await using (var setup = await database.CreateMigratedContextAsync())
        {
            var category = await setup.AddCategoryAsync("Tin", "tin");
            id = (await setup.AddArticleAsync(category, "Bài gốc", DateTime.UtcNow.AddDays(-1))).Id;
        }
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var firstCopy = await first.Articles.SingleAsync(a => a.Id == id);
        var secondCopy = await second.Articles.SingleAsync(a => a.Id == id);

        firstCopy.Title = "Sửa lần một";
        await first.SaveChangesAsync();
        secondCopy.Title = "Sửa lần hai";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = database.CreateContext();
        Assert.Equal("Sửa lần một", (await check.Articles.SingleAsync(a => a.Id == id)).Title);
    }
}
