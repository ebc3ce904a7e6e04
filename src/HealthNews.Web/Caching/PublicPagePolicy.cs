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
/// With several nodes (ADR-015) the key also varies by the shared versions of the tags every page carries: a page
/// rendered from old data while another node evicted is stored under the old versions' key, which no request looks up
/// again. When the versions can't be read (Redis down) pages are neither looked up nor stored.
/// </remarks>
internal sealed class PublicPagePolicy(OutputCacheSettings settings, PublicDataCache data, ITagVersions versions, TimeProvider clock) : IOutputCachePolicy
{
    private static readonly TimeSpan MinimumLifetime = TimeSpan.FromSeconds(1);
    private static readonly string[] EveryPageTags = [CacheTags.Articles, CacheTags.Categories, CacheTags.Polls];

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
        // The two editions never share an entry, even for an address both could answer (ADR-017).
        context.CacheVaryByRules.VaryByValues["edition"] = Edition.ForPath(request.Path).Language;
        foreach (var tag in EveryPageTags)
        {
            context.Tags.Add(tag);
        }
        var lifetime = TimeSpan.FromSeconds(settings.DurationSeconds);
        var tagVersions = cacheable ? await VersionsAsync(cancellation) : null;
        if (cacheable && tagVersions is null)
        {
            context.AllowCacheLookup = context.AllowCacheStorage = false; // Redis down: every page from the database
        }
        else if (cacheable)
        {
            if (tagVersions is { Length: > 0 })
            {
                context.CacheVaryByRules.VaryByValues["tag-versions"] = tagVersions;
            }
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

    // The versions of the tags every page carries, joined; empty on one node, null when they can't be read.
    private async ValueTask<string?> VersionsAsync(CancellationToken cancellation)
    {
        var parts = new string[EveryPageTags.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (await versions.GetAsync(EveryPageTags[i], cancellation) is not { } version)
            {
                return null;
            }
            parts[i] = version;
        }
        return parts.All(p => p.Length == 0) ? "" : string.Join('|', parts);
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
