using HealthNews.Core.Articles;
using HealthNews.Core.Caching;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.OutputCaching;

namespace HealthNews.Web.Hosting;

/// <summary>Output-cache settings, bound from "HealthNews:OutputCache".</summary>
public sealed class OutputCacheSettings
{
    public const string SectionName = "HealthNews:OutputCache";

    public bool Enabled { get; set; } = true;

    /// <summary>The longest a page is kept; shorter when a scheduled article is due sooner.</summary>
    public int DurationSeconds { get; set; } = 600;
}

/// <summary>
/// Caching of public pages: anonymous GETs only, tagged by what they show, evicted by the services that change it,
/// and never kept past the next scheduled publish time.
/// </summary>
public static class PublicPageCaching
{
    public const string PolicyName = "PublicPage";

    private static readonly TimeSpan MinimumLifetime = TimeSpan.FromSeconds(1);

    public static WebApplicationBuilder AddPublicPageCaching(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.Configuration.GetSection(OutputCacheSettings.SectionName).Get<OutputCacheSettings>() ?? new OutputCacheSettings();
        builder.Services.AddOutputCache(o =>
        {
            o.SizeLimit = 256L * 1024 * 1024;
            o.AddPolicy(PolicyName, new PublicPagePolicy(settings));
        });
        builder.Services.AddSingleton<IPublicCache, OutputCachePublicCache>();
        return builder;
    }

    /// <summary>Adds a tag to the page being cached, for what only the action knows (e.g. which poll it shows).</summary>
    public static void AddCacheTag(this HttpContext context, string tag)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(tag);
    }

    private sealed class OutputCachePublicCache(IOutputCacheStore store, PublicDataCache data) : IPublicCache
    {
        public async Task EvictAsync(IEnumerable<string> tags, CancellationToken cancellationToken = default)
        {
            var list = tags.ToList();
            data.Evict(list); // first the data, so that a page rendered after this sees the change
            foreach (var tag in list)
            {
                await store.EvictByTagAsync(tag, cancellationToken);
            }
        }
    }

    private sealed class PublicPagePolicy(OutputCacheSettings settings) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var request = context.HttpContext.Request;
            var cacheable = settings.Enabled
                && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && context.HttpContext.User.Identity?.IsAuthenticated != true; // signed-in staff always see the live site
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true; // a burst for one page waits for one render
            context.CacheVaryByRules.QueryKeys = "page";
            context.Tags.Add(CacheTags.Articles);
            context.Tags.Add(CacheTags.Categories);
            context.Tags.Add(CacheTags.Polls);
            context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(settings.DurationSeconds);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        // After the page was rendered (a miss): only a plain 200 without cookies is kept.
        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            {
                context.AllowCacheStorage = false;
            }
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>
    /// Runs with the action, so only when a page is being rendered (a cache miss), and before its body is written, which
    /// is when the cache fixes the entry's lifetime: the entry must not outlive the next scheduled publish time.
    /// </summary>
    public sealed class ScheduledLifetimeFilter(PublishedArticles articles, TimeProvider clock) : IAsyncActionFilter
    {
        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            ArgumentNullException.ThrowIfNull(context);
            ArgumentNullException.ThrowIfNull(next);
            var cache = context.HttpContext.Features.Get<IOutputCacheFeature>()?.Context;
            if (cache is { AllowCacheStorage: true } && await articles.NextScheduledPublishAtAsync(context.HttpContext.RequestAborted) is { } due)
            {
                var untilDue = due - clock.GetUtcNow().UtcDateTime;
                if (untilDue < (cache.ResponseExpirationTimeSpan ?? TimeSpan.MaxValue))
                {
                    cache.ResponseExpirationTimeSpan = untilDue > MinimumLifetime ? untilDue : MinimumLifetime;
                }
            }
            await next();
        }
    }
}
