using HealthNews.Core.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace HealthNews.Web.Caching;

/// <summary>
/// The output-cache policy of public pages: anonymous GET/HEAD only (signed-in staff always see the live site), varied by
/// <c>page</c> only, tagged with what every page shows, and stored only when the answer is a plain 200 without cookies.
/// </summary>
internal sealed class PublicPagePolicy(OutputCacheSettings settings) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = settings.Enabled
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && context.HttpContext.User.Identity?.IsAuthenticated != true;
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
