using System.Threading.Channels;
using HealthNews.Core.Caching;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using Microsoft.Extensions.Logging;

namespace HealthNews.Core.Polls;

/// <summary>
/// Group commit of ballots (ADR-014). Requests hand their ballot to one writer and wait; the writer takes every ballot
/// waiting (up to <see cref="MaxBatch"/>), writes them in one transaction, and answers each request only once that
/// transaction has committed: one disk flush for a batch instead of one per ballot, with the same promise. A voter's
/// second ballot, in the same batch or in the database already, is answered "already voted"; the unique index on
/// (poll, voter) still holds across processes: a batch it refuses is written again one ballot at a time; a batch that
/// fails for any other reason fails at once.
/// </summary>
public sealed partial class BallotWriter : IAsyncDisposable
{
    public const int MaxBatch = 256;

    private readonly Func<HealthNewsDbContext> _contexts;
    private HealthNewsDbContext? _db; // the writer's own, kept from batch to batch (one reader of the queue uses it)
    private readonly IPublicCache _cache;
    private readonly ILogger _logger;
    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(20_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });
    private readonly Task _loop;

    public BallotWriter(Func<HealthNewsDbContext> contexts, IPublicCache cache, ILogger<BallotWriter> logger)
    {
        _contexts = contexts;
        _cache = cache;
        _logger = logger;
        _loop = Task.Run(WriteWhileOpenAsync);
    }

    /// <summary>Writes <paramref name="ballot"/> with the others waiting; true once committed, false when the voter had voted.</summary>
    public async Task<bool> WriteAsync(PollBallot ballot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        var pending = new Pending(ballot);
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        // Not cancelled once queued: the ballot will be written, and the answer must say so.
        return await pending.Done.Task;
    }

    private async Task WriteWhileOpenAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            await WriteBatchAsync(batch);
            batch.Clear();
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        try
        {
            await InsertAsync(batch);
        }
        catch (Exception e) when (batch.Count > 1 && ConstraintViolation.IsCauseOf(e))
        {
            await ResetContextAsync(); // a broken connection is not kept for the next batch
            // Another process wrote one of these voters meanwhile: one at a time, each answered for itself. Any other
            // failure (the database down or saturated) fails the whole batch at once: retrying each ballot would only
            // make every voter wait for the same failure again (ADR-016).
            foreach (var pending in batch)
            {
                await WriteBatchAsync([pending]);
            }
            return;
        }
        catch (Exception e)
        {
            await ResetContextAsync();
            Fail(batch, e);
            return;
        }
        try
        {
            await _cache.EvictAsync(batch.Select(p => p.Ballot.PollId).Distinct().Select(CacheTags.Poll).Append(CacheTags.PollArchive));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogEvictionFailed(_logger, e); // the ballots are in: the pages catch up when their cache entries expire
        }
    }

    private void Fail(List<Pending> batch, Exception e)
    {
        LogBatchFailed(_logger, e, batch.Count);
        foreach (var pending in batch)
        {
            pending.Done.TrySetException(e);
        }
    }

    private async Task ResetContextAsync()
    {
        if (_db is { } db)
        {
            _db = null;
            await db.DisposeAsync();
        }
    }

    // One transaction: every ballot of a voter new to the poll, with its choices (set-based, BallotRows); answers after commit.
    private async Task InsertAsync(List<Pending> batch)
    {
        var db = _db ??= _contexts();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var written = new List<Pending>();
        var repeats = new List<Pending>();
        foreach (var poll in batch.GroupBy(p => p.Ballot.PollId))
        {
            var fresh = new List<Pending>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pending in poll)
            {
                (keys.Add(pending.Ballot.VoterKey) ? fresh : repeats).Add(pending); // the same voter twice in one batch
            }
            var inserted = (await BallotRows.InsertNewAsync(db, poll.Key, fresh.Select(p => p.Ballot).ToList())).ToHashSet();
            foreach (var pending in fresh)
            {
                (inserted.Contains(pending.Ballot) ? written : repeats).Add(pending); // else the voter was in the database
            }
        }
        await transaction.CommitAsync();
        written.ForEach(p => p.Done.TrySetResult(true));
        repeats.ForEach(p => p.Done.TrySetResult(false));
    }

    /// <summary>Writes what is queued, then stops (the host disposes the writer after the last request has been answered).</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        await ResetContextAsync();
    }

    private sealed record Pending(PollBallot Ballot)
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing a batch of {Count} ballot(s) failed; each voter is told so")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ballots were written but the poll pages' cache could not be evicted")]
    private static partial void LogEvictionFailed(ILogger logger, Exception exception);
}
