using System.Globalization;
using HealthNews.Core.Articles;
using HealthNews.Core.Caching;
using HealthNews.Web.Voting;
using Microsoft.AspNetCore.OutputCaching;

namespace HealthNews.Web.Caching;

/// <summary>
/// The output-cache policy of public pages: anonymous GET/HEAD only (signed-in staff always see the live site), varied by
/// <c>page</c>, tagged with what every page shows, and stored only when the answer is a plain 200 without cookies. A
/// request carrying a vote's message (<see cref="PollVoteMessages"/>) is rendered for its reader alone.
/// </summary>
/// <remarks>
/// A scheduled article goes public at its time without any job: the cache key also varies by the next scheduled publish
/// time, read from memory by the portal's own clock, so once that time has come every page is looked up under a new key
/// and rendered afresh. An entry's lifetime is capped at that time too, so that superseded entries leave memory.
/// </remarks>
internal sealed class PublicPagePolicy(OutputCacheSettings settings, PublicDataCache data, TimeProvider clock) : IOutputCachePolicy
{
    private static readonly TimeSpan MinimumLifetime = TimeSpan.FromSeconds(1);

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = settings.Enabled
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && context.HttpContext.User.Identity?.IsAuthenticated != true
            && !PollVoteMessages.IsCarriedBy(request); // a vote's answer is for its voter alone
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true; // a burst for one page waits for one render
        context.CacheVaryByRules.QueryKeys = "page";
        context.Tags.Add(CacheTags.Articles);
        context.Tags.Add(CacheTags.Categories);
        context.Tags.Add(CacheTags.Polls);
        var lifetime = TimeSpan.FromSeconds(settings.DurationSeconds);
        if (cacheable)
        {
            var services = context.HttpContext.RequestServices;
            var due = await data.GetNextScheduledPublishAsync(services.GetRequiredService<PublishedArticles>, cancellation);
            context.CacheVaryByRules.VaryByValues["next-publish"] = due?.Ticks.ToString(CultureInfo.InvariantCulture) ?? "none";
            if (due is { } dueUtc && dueUtc - clock.GetUtcNow().UtcDateTime is var untilDue && untilDue < lifetime)
            {
                lifetime = untilDue > MinimumLifetime ? untilDue : MinimumLifetime;
            }
        }
        context.ResponseExpirationTimeSpan = lifetime;
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
