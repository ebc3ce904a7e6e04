namespace HealthNews.Web.Redis;

/// <summary>
/// Whether Redis answers, as the portal's calls to it find out: the log says "Redis unreachable" once when it stops
/// answering and once again when it answers again, however many requests notice in between.
/// </summary>
public sealed partial class RedisOutage(ILogger<RedisOutage> log)
{
    private int _down;

    /// <summary>Whether the last call to Redis failed.</summary>
    public bool IsDown => Volatile.Read(ref _down) == 1;

    /// <summary>A call to Redis failed: logged when Redis was up until now.</summary>
    /// <param name="error">What failed.</param>
    public void Failed(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            // StackExchange.Redis's messages carry the whole connection state; its first clause says what happened.
            var reason = error.InnerException is { } inner && error is AggregateException ? inner.Message : error.Message;
            Unreachable(log, error.GetType().Name, reason.Length > 160 ? reason[..160] + "…" : reason);
        }
    }

    /// <summary>A call to Redis succeeded: logged when Redis was down until now.</summary>
    public void Succeeded()
    {
        if (Volatile.Read(ref _down) == 1 && Interlocked.Exchange(ref _down, 0) == 1)
        {
            Reachable(log);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Redis unreachable ({Error}: {Reason}): pages are served from the database and shared caching is off until it answers")]
    private static partial void Unreachable(ILogger logger, string error, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis reachable again: shared caching resumes")]
    private static partial void Reachable(ILogger logger);
}
