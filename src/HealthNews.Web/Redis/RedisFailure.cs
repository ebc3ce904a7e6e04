using StackExchange.Redis;

namespace HealthNews.Web.Redis;

/// <summary>What an unreachable or slow Redis throws, as the client and the output-cache store report it.</summary>
internal static class RedisFailure
{
    /// <summary>Whether <paramref name="error"/> means Redis did not answer (and not, say, a cancelled request).</summary>
    /// <param name="error">What a call to Redis threw.</param>
    public static bool Is(Exception error) => error switch
    {
        RedisException or TimeoutException => true,
        // The output-cache store's eviction gathers its failures (ZSCAN of the tag, then deletes).
        AggregateException all => all.Flatten().InnerExceptions.All(Is),
        _ => false,
    };
}
