using HealthNews.Core.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HealthNews.Web.Redis;

/// <summary>
/// Several nodes (ADR-015): with <c>Redis:Configuration</c> set, the output cache lives in Redis, tag versions are
/// shared through it, and <c>/health/ready</c> reports it. Without it nothing here is registered: one node, in memory.
/// </summary>
public static class RedisRegistration
{
    /// <summary>Wires Redis when it is configured; call after the output cache is added.</summary>
    /// <param name="builder">The portal's builder.</param>
    /// <param name="readyTag">The health-check tag of <c>/health/ready</c>.</param>
    public static WebApplicationBuilder AddSharedCacheWhenConfigured(this WebApplicationBuilder builder, string readyTag)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.Configuration.GetSection(RedisSettings.SectionName).Get<RedisSettings>() ?? new RedisSettings();
        if (string.IsNullOrWhiteSpace(settings.Configuration))
        {
            return builder;
        }
        var services = builder.Services;
        services.AddOptions<RedisSettings>().BindConfiguration(RedisSettings.SectionName)
            .Validate(o => o.TimeoutMilliseconds is > 0 and <= 60_000, "Redis:TimeoutMilliseconds phải từ 1 đến 60000.")
            .Validate(o => TryParse(o) is not null,
                "Redis:Configuration không hợp lệ (cú pháp StackExchange.Redis, ví dụ 127.0.0.1:6379 hoặc redis.noibo:6379,password=…).")
            .ValidateOnStart();
        // Doesn't fail while Redis is down: the node starts, and serves from the database, until it answers.
        services.AddSingleton<IConnectionMultiplexer>(sp => ConnectionMultiplexer.Connect(ConnectionOptions(sp.GetRequiredService<IOptions<RedisSettings>>().Value)));
        services.AddSingleton<RedisOutage>();
        services.AddHttpContextAccessor();
        services.RemoveAll<ITagVersions>();
        services.AddSingleton<ITagVersions, RedisTagVersions>();

        services.AddStackExchangeRedisOutputCache(_ => { });
        services.AddOptions<RedisOutputCacheOptions>().Configure<IServiceProvider>((o, sp) =>
            o.ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>()));
        UseResilientStore(services);
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", HealthStatus.Degraded, [readyTag]);
        return builder;
    }

    /// <summary>The connection as an outage should find it: no failure at start, short waits, no queue while down.</summary>
    /// <param name="settings">The configured server and timeout.</param>
    public static ConfigurationOptions ConnectionOptions(RedisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = TryParse(settings) ?? throw new ArgumentException("Redis:Configuration is not valid.", nameof(settings));
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Math.Max(settings.TimeoutMilliseconds, 1000);
        options.SyncTimeout = settings.TimeoutMilliseconds;
        options.AsyncTimeout = settings.TimeoutMilliseconds;
        options.BacklogPolicy = BacklogPolicy.FailFast; // while disconnected, a command fails at once instead of waiting
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        options.ClientName = "healthnews";
        return options;
    }

    private static ConfigurationOptions? TryParse(RedisSettings settings)
    {
        try
        {
            return ConfigurationOptions.Parse(settings.Configuration ?? "");
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // The Redis store, wrapped; it replaces every other store so that Core's PublicCache evicts this one alone.
    private static void UseResilientStore(IServiceCollection services)
    {
        var redisStore = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore>(sp => new ResilientOutputCacheStore(Create(sp, redisStore), sp.GetRequiredService<RedisOutage>()));
    }

    private static IOutputCacheStore Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IOutputCacheStore)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
