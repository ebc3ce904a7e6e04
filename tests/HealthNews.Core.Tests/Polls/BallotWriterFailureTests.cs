using System.Data.Common;
using HealthNews.Core.Configuration;
using HealthNews.Core.Entities;
using HealthNews.Core.Polls;
using HealthNews.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace HealthNews.Core.Tests.Polls;

/// <summary>
/// A batch the database refuses for a reason other than a constraint (disk, outage, a full server) fails at once, every
/// voter told so and none answered "accepted": retrying each ballot alone would only repeat the failure (ADR-016).
/// </summary>
public sealed class BallotWriterFailureTests() : DatabaseTest(DatabaseOptions.Sqlite)
{
    [Fact]
    public async Task ABatchThatFailsForAnotherReasonThanAConstraintIsNotRetriedBallotByBallot()
    {
        await using (var db = await Database.CreateMigratedContextAsync())
        {
            // migrated: the writer's failure is the injected one
        }
        var failing = new FailingBallotInserts();
        var writer = new BallotWriter(() => Database.CreateContext(failing), new RecordingCache(), NullLogger<BallotWriter>.Instance);
        await using (writer)
        {
            var votes = Enumerable.Range(0, 100)
                .Select(i => writer.WriteAsync(new PollBallot { PollId = 1, VoterKey = $"c:{i:x32}", CastAtUtc = DateTime.UtcNow }))
                .ToList();

            foreach (var vote in votes)
            {
                await Assert.ThrowsAsync<SqliteException>(() => vote);
            }
        }

        // Queued together, the 100 ballots go in a handful of batches; each batch is tried once.
        Assert.InRange(failing.Attempts, 1, 10);
    }

    // Each batch is one transaction: refusing to begin it stands for a database that can't be written.
    private sealed class FailingBallotInserts : DbTransactionInterceptor
    {
        private int _attempts;

        public int Attempts => _attempts;

        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
            InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _attempts);
            throw new SqliteException("disk I/O error", 10); // SQLITE_IOERR: no constraint involved
        }
    }
}
