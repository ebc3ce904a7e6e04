using HealthNews.Core.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace HealthNews.Web.Caching;

/// <summary>
/// Caching of public pages: anonymous GETs only, tagged by what they show, evicted by Core's services when that changes
/// (Core's <c>PublicCache</c> evicts the output-cache store registered here), and never kept past the next scheduled
/// publish time.
/// </summary>
public static class PublicPageCaching
{
    public const string PolicyName = "PublicPage";

    public static WebApplicationBuilder AddPublicPageCaching(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.Configuration.GetSection(OutputCacheSettings.SectionName).Get<OutputCacheSettings>() ?? new OutputCacheSettings();
        builder.Services.AddOutputCache();
        builder.Services.AddOptions<OutputCacheOptions>().Configure<PublicDataCache, ITagVersions, TimeProvider>((o, data, versions, clock) =>
        {
            o.SizeLimit = 256L * 1024 * 1024;
            o.AddPolicy(PolicyName, new PublicPagePolicy(settings, data, versions, clock));
        });
        return builder;
    }

    /// <summary>Adds a tag to the page being cached, for what only the action knows (e.g. which poll it shows).</summary>
    public static void AddCacheTag(this HttpContext context, string tag)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(tag);
    }
}
