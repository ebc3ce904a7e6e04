using System.Collections.Concurrent;
using System.Globalization;
using HealthNews.Core.Caching;
using StackExchange.Redis;

namespace HealthNews.Web.Redis;

/// <summary>
/// Tag versions shared by every node in one Redis hash (ADR-015): an eviction is an <c>HINCRBY</c> of each tag, done
/// before the evicting request answers, and a request reads the whole hash once, when it first needs a version, so
/// that any request that starts after an eviction's answer sees it on every node. The hash also holds an epoch, set
/// by whichever node finds it missing: should Redis restart empty or be flushed, every version changes with it.
/// </summary>
/// <remarks>
/// When Redis doesn't answer, versions are unknown (null): the data cache falls back to its entries' minute and the
/// output cache stays off. Tags evicted meanwhile are advanced as soon as Redis answers again.
/// </remarks>
public sealed class RedisTagVersions(IConnectionMultiplexer redis, IHttpContextAccessor requests, RedisOutage outage) : ITagVersions
{
    private const string Key = "healthnews:tag-versions";
    private const string EpochField = "~epoch";
    private static readonly object RequestItem = new();
    private static readonly Dictionary<string, string> Unknown = [];

    // Sets the epoch if missing, advances the tags named after it, and returns the whole hash: one round trip.
    private const string Script = """
        redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
        for i = 3, #ARGV do redis.call('HINCRBY', KEYS[1], ARGV[i], 1) end
        return redis.call('HGETALL', KEYS[1])
        """;

    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async ValueTask<string?> GetAsync(string tag, CancellationToken cancellationToken = default)
    {
        var context = requests.HttpContext;
        if (context?.Items[RequestItem] is not Dictionary<string, string> versions)
        {
            versions = await RunAsync([]) ?? Unknown;
            if (context is not null)
            {
                context.Items[RequestItem] = versions;
            }
        }
        return ReferenceEquals(versions, Unknown) ? null : VersionOf(versions, tag);
    }

    /// <inheritdoc />
    public async Task AdvanceAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        // The request's own versions are left as read: the ballot writer evicts from a loop of its own, which may still
        // carry the first voter's request in its execution context, and must not write into that request's items.
        if (await RunAsync(tags) is null)
        {
            foreach (var tag in tags)
            {
                _pending.TryAdd(tag, 0); // advanced by the first call that reaches Redis again
            }
        }
    }

    private async Task<Dictionary<string, string>?> RunAsync(IReadOnlyCollection<string> tags)
    {
        var pending = _pending.Keys.ToList();
        var advance = tags.Concat(pending).Distinct(StringComparer.Ordinal).ToList();
        var arguments = new RedisValue[advance.Count + 2];
        arguments[0] = EpochField;
        arguments[1] = Guid.NewGuid().ToString("N");
        for (var i = 0; i < advance.Count; i++)
        {
            arguments[i + 2] = advance[i];
        }
        RedisResult result;
        try
        {
            result = await redis.GetDatabase().ScriptEvaluateAsync(Script, [Key], arguments);
        }
        catch (Exception e) when (RedisFailure.Is(e))
        {
            outage.Failed(e);
            return null;
        }
        outage.Succeeded();
        foreach (var tag in pending)
        {
            _pending.TryRemove(tag, out _);
        }
        var fields = (RedisResult[])result!;
        var versions = new Dictionary<string, string>(fields.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < fields.Length; i += 2)
        {
            versions[(string)fields[i]!] = (string)fields[i + 1]!;
        }
        return versions;
    }

    // A tag never evicted has version 0 of the current epoch.
    private static string VersionOf(Dictionary<string, string> versions, string tag) =>
        string.Create(CultureInfo.InvariantCulture, $"{versions.GetValueOrDefault(EpochField)}:{versions.GetValueOrDefault(tag, "0")}");
}
