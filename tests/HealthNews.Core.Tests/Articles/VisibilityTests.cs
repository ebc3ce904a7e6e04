using HealthNews.Core.Articles;
using HealthNews.Core.Configuration;
using HealthNews.Core.Entities;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Tests.Articles;

/// <summary>
/// Pins what "visible to readers" and "scheduled" mean, and that every way of asking (C# in memory, a LINQ query, a
/// compiled query, the newsroom's lists and counts) gives the same answer on both databases.
/// </summary>
public abstract class VisibilityTests(string provider) : DatabaseTest(provider)
{
    private static readonly DateTime Now = new(2025, 7, 10, 5, 0, 0, DateTimeKind.Utc);

    // Every status with a publish time in the past, at this very moment, in the future, and none.
    public static readonly TheoryData<ArticleStatus, int?, bool, bool> Cases = new()
    {
        { ArticleStatus.Published, -60, true, false },
        { ArticleStatus.Published, 0, true, false },
        { ArticleStatus.Published, 60, false, true },
        { ArticleStatus.Published, null, false, false },
        { ArticleStatus.Draft, -60, false, false },
        { ArticleStatus.Draft, 60, false, false },
        { ArticleStatus.InReview, -60, false, false },
        { ArticleStatus.Unpublished, -60, false, false },
        { ArticleStatus.Archived, -60, false, false },
        { ArticleStatus.Archived, 60, false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void InMemoryTheRuleIsWhatItSays(ArticleStatus status, int? minutesFromNow, bool visible, bool scheduled)
    {
        var article = new Article { Title = "t", Slug = "s", Status = status, PublishedAtUtc = minutesFromNow is { } m ? Now.AddMinutes(m) : null };

        Assert.Equal((visible, scheduled), (article.IsVisibleAt(Now), article.IsScheduledAt(Now)));
    }

    [Fact]
    public async Task EveryQueryAgreesWithTheRuleInMemory()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var category = await db.AddCategoryAsync("Tin", "tin");
        var expected = new Dictionary<int, (bool Visible, bool Scheduled)>();
        var n = 0;
        foreach (var row in Cases)
        {
            var (status, minutes, visible, scheduled) = ((ArticleStatus)row[0], (int?)row[1], (bool)row[2], (bool)row[3]);
            var article = await db.AddArticleAsync(category, $"Bài {++n}", minutes is { } m ? Now.AddMinutes(m) : null, status);
            expected[article.Id] = (visible, scheduled);
        }
        var articles = new PublishedArticles(db, new ManualClock(new DateTimeOffset(Now)));
        var wantVisible = expected.Where(e => e.Value.Visible).Select(e => e.Key).Order().ToList();
        var wantScheduled = expected.Where(e => e.Value.Scheduled).Select(e => e.Key).Order().ToList();

        var linqVisible = await db.Articles.WherePublishedAt(Now).Select(a => a.Id).OrderBy(id => id).ToListAsync();
        var linqScheduled = await db.Articles.WhereScheduledAt(Now).Select(a => a.Id).OrderBy(id => id).ToListAsync();
        var inlineVisible = await db.Articles.Where(a => a.IsVisibleAt(Now)).Select(a => a.Id).OrderBy(id => id).ToListAsync();
        var compiledListing = (await articles.ListPublishedByCategoryAsync([category.Id], 1, 50)).Items.Select(a => a.Id).Order().ToList();
        var compiledRelated = (await articles.ListNewestInCategoryAsync(category.Id, 50)).Select(a => a.Id).Order().ToList();
        var compiledBySlug = new List<int>();
        foreach (var article in await db.Articles.AsNoTracking().ToListAsync())
        {
            if (await articles.GetPublishedBySlugAsync(article.Slug) is { } found)
            {
                compiledBySlug.Add(found.Id);
            }
        }
        var newsroom = new NewsroomQueries(db, new ManualClock(new DateTimeOffset(Now)), new CategoryDirectory(db, TestServices.DataCache()));
        var counts = await newsroom.CountAsync(null);
        var scheduledList = (await newsroom.ListAsync(new ArticleFilter(NewsroomQueries.ScheduledStatus, null, null, null))).Items;

        Assert.Equal((2, 1), (wantVisible.Count, wantScheduled.Count)); // the cases cover both rules
        Assert.Equal(wantVisible, linqVisible);
        Assert.Equal(wantVisible, inlineVisible);
        Assert.Equal(wantVisible, compiledListing);
        Assert.Equal(wantVisible, compiledRelated);
        Assert.Equal(wantVisible, compiledBySlug.Order());
        Assert.Equal(wantScheduled, linqScheduled);
        Assert.Equal(wantScheduled, scheduledList.Select(a => a.Id).Order());
        Assert.All(scheduledList, a => Assert.True(a.IsScheduled));
        Assert.Equal((1, 3), (counts.Scheduled, counts.Published)); // published and not scheduled: the past, now, and no time
        Assert.Equal(Now.AddMinutes(60), await articles.NextScheduledPublishAtAsync());
    }
}

public sealed class VisibilityTestsOnSqlite() : VisibilityTests(DatabaseOptions.Sqlite);

public sealed class VisibilityTestsOnPostgreSql() : VisibilityTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class VisibilityTestsOnSqlServer() : VisibilityTests(DatabaseOptions.SqlServer);
