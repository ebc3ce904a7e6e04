namespace HealthNews.Web.Redis;

/// <summary>The shared Redis server of several portal nodes, bound from "Redis" (ADR-015); none configured: one node.</summary>
public sealed class RedisSettings
{
    /// <summary>The configuration section: <c>Redis:Configuration</c>, <c>Redis:TimeoutMilliseconds</c>.</summary>
    public const string SectionName = "Redis";

    /// <summary>StackExchange.Redis configuration, e.g. <c>127.0.0.1:6379</c> or <c>redis.internal:6379,password=…</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>The longest a node waits for Redis, in milliseconds, before it serves from the database instead.</summary>
    public int TimeoutMilliseconds { get; set; } = 500;
}
