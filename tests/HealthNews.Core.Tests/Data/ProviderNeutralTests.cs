using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Tests.Data;

/// <summary>What the two databases do differently, shown to behave the same through <see cref="ProviderNeutral"/>.</summary>
public abstract class ProviderNeutralTests(string provider) : DatabaseTest(provider)
{
    [Theory]
    [InlineData("suc khoe", new[] { "Sức khỏe cộng đồng", "SỨC KHOẺ trẻ em" })]
    [InlineData("SỨC KHỎE", new[] { "Sức khỏe cộng đồng", "SỨC KHOẺ trẻ em" })]
    [InlineData("Sức Khoẻ Cộng", new[] { "Sức khỏe cộng đồng" })]
    [InlineData("quy dinh", new[] { "Quy định mới về dược" })]
    [InlineData("ĐỊNH", new[] { "Quy định mới về dược" })]
    [InlineData("100%", new[] { "Tiêm chủng đạt 100% kế hoạch" })]
    [InlineData("%", new[] { "Tiêm chủng đạt 100% kế hoạch" })]
    [InlineData("_", new string[0])]
    [InlineData("benh vien", new string[0])]
    public async Task TextMatchingIgnoresCaseAndToneMarks(string term, string[] expected)
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin", "tin");
        foreach (var title in new[] { "Sức khỏe cộng đồng", "SỨC KHOẺ trẻ em", "Quy định mới về dược", "Y tế cơ sở", "Tiêm chủng đạt 100% kế hoạch" })
        {
            await db.AddArticleAsync(category, title, DateTime.UtcNow, summary: null);
        }

        var titles = await db.Articles.WhereTextMatches(term).Select(a => a.Title).ToListAsync();

        Assert.Equal(expected.Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task VietnameseNamesSortInAlphabetOrderOnBothDatabases()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        string[] alphabetical = ["An Giang", "Ăn uống", "Bắc Ninh", "Cà Mau", "Duy Tiên", "Đà Nẵng", "Điện Biên", "Hà Nội"];
        var order = 0;
        foreach (var name in alphabetical.Reverse())
        {
            await db.AddCategoryAsync(name, "muc-" + ++order);
        }

        var names = (await db.Categories.Select(c => c.Name).ToListAsync()).Order(ProviderNeutral.VietnameseOrder);

        Assert.Equal(alphabetical, names);
    }
}

public sealed class ProviderNeutralTestsOnSqlite() : ProviderNeutralTests(DatabaseOptions.Sqlite);

public sealed class ProviderNeutralTestsOnPostgreSql() : ProviderNeutralTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class ProviderNeutralTestsOnSqlServer() : ProviderNeutralTests(DatabaseOptions.SqlServer);
