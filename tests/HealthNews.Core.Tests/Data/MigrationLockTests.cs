using HealthNews.Core.Configuration;
using HealthNews.Core.Data.Migrations;
using HealthNews.Core.Tests.Support;

namespace HealthNews.Core.Tests.Data;

/// <summary>One web server at a time migrates (ADR-016): the second waits for the first, or gives up with one line.</summary>
public sealed class MigrationLockTests() : DatabaseTest(DatabaseOptions.PostgreSql)
{
    [Fact]
    public async Task ASecondNodeWaitsUntilTheFirstHasFinished()
    {
        var first = await MigrationLock.AcquireAsync(Database.Settings, TimeSpan.FromMinutes(1), () => { }, CancellationToken.None);
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var second = MigrationLock.AcquireAsync(Database.Settings, TimeSpan.FromMinutes(1), () => waiting.TrySetResult(), CancellationToken.None);
        await waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var heldMeanwhile = second.IsCompleted;
        await first.DisposeAsync();
        await using var taken = await second.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(heldMeanwhile);
    }

    [Fact]
    public async Task ANodeThatWaitsTooLongStopsStartUpInOneLine()
    {
        await using var first = await MigrationLock.AcquireAsync(Database.Settings, TimeSpan.FromMinutes(1), () => { }, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<StartupException>(() =>
            MigrationLock.AcquireAsync(Database.Settings, TimeSpan.FromSeconds(1), () => { }, CancellationToken.None));

        Assert.StartsWith("Another web server has been migrating the PostgreSQL database", refused.Message, StringComparison.Ordinal);
    }
}
