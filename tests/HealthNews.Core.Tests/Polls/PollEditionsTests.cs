using HealthNews.Core.Audit;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Polls;
using HealthNews.Core.Tests.Support;
using HealthNews.Testing;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Tests.Polls;

/// <summary>A poll belongs to one edition (ADR-017), and each edition's sidebar features a poll of its own.</summary>
public abstract class PollEditionsTests(string provider) : DatabaseTest(provider)
{
    private static readonly Actor Manager = new("pm", "Quản lý thăm dò", new HashSet<string> { Roles.PollManager }, "10.0.0.9");

    private static PollAdmin Admin(HealthNewsDbContext db) => new(db, new AuditLog(db, TimeProvider.System), TimeProvider.System, new RecordingCache());

    private static PollInput Input(string question, string language = ContentLanguage.Vietnamese) =>
        new(question, ["Có", "Không"], false, 1, null, null, PollResultsVisibility.Always, false) { Language = language };

    private static async Task<int> OpenAsync(HealthNewsDbContext db, PollInput input)
    {
        var created = await Admin(db).CreateAsync(input, Manager);
        Assert.True(created.Succeeded, created.Message);
        Assert.True((await Admin(db).OpenAsync(created.Id, Manager)).Succeeded);
        return created.Id;
    }

    [Fact]
    public async Task EachEditionFeaturesItsOwnPoll()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var vietnamese = await OpenAsync(db, Input("Bạn đã tiêm phòng cúm chưa?"));
        var english = await OpenAsync(db, Input("Have you had your flu jab?", ContentLanguage.English));
        var laterVietnamese = await OpenAsync(db, Input("Bạn có khám sức khoẻ định kỳ?"));

        Assert.True((await Admin(db).FeatureAsync(vietnamese, Manager)).Succeeded);
        Assert.True((await Admin(db).FeatureAsync(english, Manager)).Succeeded);
        Assert.True((await Admin(db).FeatureAsync(laterVietnamese, Manager)).Succeeded);

        await using var check = Database.CreateContext();
        Assert.Equal([english, laterVietnamese], await check.Polls.Where(p => p.IsFeatured).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
        Assert.Equal(ContentLanguage.English, (await check.Polls.SingleAsync(p => p.Id == english)).Language);
        var queries = new PollQueries(check, TimeProvider.System, TestServices.DataCache());
        Assert.Equal(laterVietnamese, (await queries.GetFeaturedAsync(ContentLanguage.Vietnamese))?.Id);
        Assert.Equal(english, (await queries.GetFeaturedAsync(ContentLanguage.English))?.Id);
        Assert.Equal([english], (await queries.ListPublicAsync(ContentLanguage.English)).Select(v => v.Poll.Id));
    }

    [Fact]
    public async Task AFeaturedPollMovedToTheOtherEditionLeavesTheSidebarAndAnUnknownLanguageIsRefused()
    {
        await using var db = await Database.CreateMigratedContextAsync();
        var poll = await OpenAsync(db, Input("Bạn đã tiêm phòng cúm chưa?"));
        await Admin(db).FeatureAsync(poll, Manager);

        var moved = await Admin(db).UpdateAsync(poll, Input("Have you had your flu jab?", ContentLanguage.English), Manager);
        var unknown = await Admin(db).CreateAsync(Input("Question?", "fr"), Manager);

        Assert.True(moved.Succeeded, moved.Message);
        Assert.StartsWith("Đã lưu cuộc thăm dò. Vì đã đổi ngôn ngữ", moved.Message, StringComparison.Ordinal);
        await using var check = Database.CreateContext();
        var saved = await check.Polls.SingleAsync(p => p.Id == poll);
        Assert.Equal((ContentLanguage.English, false), (saved.Language, saved.IsFeatured));
        Assert.Equal(CommandStatus.Invalid, unknown.Status);
        Assert.Equal("Ngôn ngữ không hợp lệ; hãy chọn Tiếng Việt hoặc Tiếng Anh.", unknown.Errors![nameof(PollInput.Language)]);
    }
}

public sealed class PollEditionsTestsOnSqlite() : PollEditionsTests(DatabaseOptions.Sqlite);

public sealed class PollEditionsTestsOnPostgreSql() : PollEditionsTests(DatabaseOptions.PostgreSql);

[SqlServerTest]
public sealed class PollEditionsTestsOnSqlServer() : PollEditionsTests(DatabaseOptions.SqlServer);
