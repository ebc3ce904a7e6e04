using HealthNews.Core.Articles;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.OutputCaching;

namespace HealthNews.Web.Caching;

/// <summary>
/// Runs with the action, so only when a page is being rendered (a cache miss), and before its body is written, which
/// is when the cache fixes the entry's lifetime: the entry must not outlive the next scheduled publish time.
/// </summary>
public sealed class ScheduledLifetimeFilter(PublishedArticles articles, TimeProvider clock) : IAsyncActionFilter
{
    private static readonly TimeSpan MinimumLifetime = TimeSpan.FromSeconds(1);

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
