using System.Diagnostics;
using HealthNews.Core.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Testing;
using HealthNews.Web.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace HealthNews.Web.Tests.Startup;

/// <summary>
/// Crash safety (issue 15): the portal runs as its own process while readers vote and an editor creates, publishes and
/// edits articles and uploads photos; it is killed with SIGKILL at a random moment while they write, 20 times (on
/// PostgreSQL the database server is crashed too, every other round). After each kill, with the portal down, the database
/// and the media folder must hold every write that was answered with success and nothing half-written, and the database
/// must be sound; then the portal starts again on them.
/// </summary>
public abstract class CrashSafetyTests(ITestOutputHelper output) : ProcessTest
{
    /// <summary>The kill moments' seed, fixed so that a failing run can be told apart from an unlucky one (printed).</summary>
    private const int Seed = 20251115;
    private const int Rounds = 20;
    private const string Email = "bien-tap-thu-mat-dien@moh.gov.vn";
    private const string FirstBody = "Bản đầu tiên, trước mọi lần tắt đột ngột.";

    protected abstract Task<DatabaseSettings> CreateDatabaseAsync();

    /// <summary>What the portal is told about the database (nothing on SQLite: its default file in the data folder).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> DatabaseEnvironment(DatabaseSettings database) => [];

    /// <summary>Whether this round also crashes the database server, just before the portal is killed.</summary>
    protected virtual bool CrashesDatabaseIn(int round) => false;

    protected virtual Task CrashDatabaseAsync() => Task.CompletedTask;

    protected virtual Task RestartDatabaseAsync() => Task.CompletedTask;

    [Fact]
    public async Task EveryAcknowledgedWriteSurvivesTwentyKillsAndNothingHalfWrittenIsVisible()
    {
        var run = Stopwatch.StartNew();
        var database = await CreateDatabaseAsync();
        var environment = new Dictionary<string, string>(DatabaseEnvironment(database))
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["HealthNews__DataDirectory"] = DataDirectory,
            ["HealthNews__Polls__VotesPerAddressPerWindow"] = "1000000000", // every vote comes from 127.0.0.1
        };
        var generated = await PortalProcess.RunWithInputAsync(environment, null, TimeSpan.FromMinutes(3), "generate-content", "--articles", "0");
        Assert.True(generated.ExitCode == 0, generated.Output);
        var created = await PortalProcess.RunWithInputAsync(environment, Staff.Password, "create-user", "--email", Email, "--role", Roles.Editor);
        Assert.True(created.ExitCode == 0, created.Output);
        var baseline = await CrashChecks.BaselineAsync(database);
        var ledger = new CrashLedger(FirstBody);
        // Photos of different colours: each upload makes its own variants (160 to 960 px), and repeats share a set on disk.
        IReadOnlyList<byte[]> photos = [.. Enumerable.Range(0, 5).Select(i => TestImages.Jpeg(960, 600, red: (byte)(30 + (40 * i)), blue: (byte)(200 - (30 * i))))];
        var random = new Random(Seed);
        var totals = CrashWorkload.Actions.ToDictionary(a => a, _ => 0, StringComparer.Ordinal);
        output.WriteLine($"{database.Describe()}, prepared in {run.Elapsed.TotalSeconds:0.0} s ({baseline.SampleArticlesWithoutRevision.Count} sample " +
                         $"articles are loaded without revisions); seed {Seed}, {Rounds} rounds, each killed 100–1500 ms after every writer had its first answer.");

        for (var round = 1; round <= Rounds; round++)
        {
            var tally = await KillOnceAsync(round, random.Next(100, 1501), environment, ledger, baseline, photos);
            output.WriteLine("          checked: " + await CrashChecks.VerifyAsync(database, Path.Combine(DataDirectory, "media"), ledger, baseline));
            foreach (var action in CrashWorkload.Actions)
            {
                totals[action] += tally.AcknowledgedOf(action);
            }
        }

        output.WriteLine($"Acknowledged in all: {string.Join(", ", totals.Select(t => $"{t.Key} {t.Value}"))}; {run.Elapsed.TotalSeconds:0} s.");
        // Checks of writes that never happened prove nothing: every kind must have been acknowledged at least once.
        Assert.All(CrashWorkload.Actions, action => Assert.True(totals[action] > 0, $"No {action} was acknowledged in {Rounds} rounds."));
    }

    // One round: start the portal, sign in, let every writer write, kill it (and on some rounds the database server
    // first) killAfter ms after they all had a first answer, and bring the database server back.
    private async Task<CrashTally> KillOnceAsync(int round, int killAfter, Dictionary<string, string> environment, CrashLedger ledger,
        CrashBaseline baseline, IReadOnlyList<byte[]> photos)
    {
        var crashDatabase = CrashesDatabaseIn(round);
        var started = Stopwatch.StartNew();
        var (portal, address) = await RunningPortal.StartBuiltAsync(new Dictionary<string, string>(environment)
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{RunningPortal.FreePort()}",
            // Each portal lives a few seconds: the JIT's profiling and background recompilation of hot methods would
            // spend a third of its processor time (measured) on code that is killed a moment later.
            ["DOTNET_TieredPGO"] = "0",
            ["DOTNET_TC_CallCountingDelayMs"] = "10000",
        });
        var startup = (Wall: started.Elapsed, Cpu: portal.ProcessorTime);
        TimeSpan cpu;
        CrashTally tally;
        await using (portal)
        {
            using var workload = await CrashWorkload.SignInAsync(address, Email, Staff.Password, ledger, baseline.Targets, photos, round);
            if (baseline.Targets.EditedArticleId == 0)
            {
                baseline.Targets.EditedArticleId = await workload.CreatePublishedAsync(CrashTargets.EditedTitle, FirstBody);
            }
            using var stop = new CancellationTokenSource();
            var (answering, writing) = workload.Start(stop.Token);
            await answering.WaitAsync(TimeSpan.FromSeconds(90));
            await Task.Delay(killAfter); // the random moment of the SIGKILL, in the real process's own time: not a wait for a condition, so no clock can stand in
            if (crashDatabase)
            {
                await CrashDatabaseAsync(); // while the portal still answers: what it acknowledged before must be durable
            }
            await stop.CancelAsync();
            cpu = portal.ProcessorTime;
            await portal.KillAsync();
            await writing;
            tally = workload.Tally;
        }
        if (crashDatabase)
        {
            await RestartDatabaseAsync();
        }
        var errors = portal.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(" ERR] ", StringComparison.Ordinal) || l.Contains(" FTL] ", StringComparison.Ordinal)).ToList();
        var lastError = errors.Count > 0 ? ", the last: " + errors[^1][..Math.Min(200, errors[^1].Length)] : "";
        output.WriteLine($"Round {round,2}: started in {startup.Wall.TotalSeconds:0.0} s, killed {killAfter} ms after the first answers" +
                         (crashDatabase ? ", just after the database server (pg_ctl stop -m immediate)" : "") +
                         $"; acknowledged/sent: {tally.Describe(CrashWorkload.Actions)}; portal CPU {cpu.TotalSeconds:0.0} s " +
                         $"({startup.Cpu.TotalSeconds:0.0} s to start), {errors.Count} error(s) logged{lastError}");
        return tally;
    }
}

public sealed class CrashSafetyTestsOnSqlite(ITestOutputHelper output) : CrashSafetyTests(output)
{
    protected override Task<DatabaseSettings> CreateDatabaseAsync() => Task.FromResult(new DatabaseSettings(DatabaseOptions.Sqlite,
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataDirectory, "healthnews.db") }.ToString()));
}

/// <summary>On a PostgreSQL server of the test's own, durable (fsync on), which every other round crashes with the portal.</summary>
public sealed class CrashSafetyTestsOnPostgreSql(ITestOutputHelper output) : CrashSafetyTests(output), IAsyncLifetime
{
    private PostgresServer? _server;

    protected override async Task<DatabaseSettings> CreateDatabaseAsync()
    {
        _server = await PostgresServer.StartDedicatedAsync();
        return new DatabaseSettings(DatabaseOptions.PostgreSql, _server.ConnectionString(await _server.CreateDatabaseAsync("crash")));
    }

    protected override IEnumerable<KeyValuePair<string, string>> DatabaseEnvironment(DatabaseSettings database) =>
    [
        new("Database__Provider", DatabaseOptions.PostgreSql),
        new("ConnectionStrings__HealthNews", database.ConnectionString),
        new("DataProtection__KeySecret", PortalFactory.TestKeySecret),
    ];

    protected override bool CrashesDatabaseIn(int round) => round % 2 == 0;

    protected override Task CrashDatabaseAsync() => _server!.CrashAsync();

    protected override Task RestartDatabaseAsync() => _server!.StartAgainAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _server?.StopAndRemove();
        return Task.CompletedTask;
    }
}
