using HealthNews.Core.OldAddresses;

namespace HealthNews.Web.Middleware;

/// <summary>
/// Addresses of the Ministry's old portal (bookmarks, search engines, links in old documents): one 301 to the same
/// article or category here when it exists, else the 404 page with the search box filled with the old address's words.
/// </summary>
public sealed class OldAddressMiddleware(RequestDelegate next)
{
    /// <summary>The <see cref="HttpContext.Items"/> key under which the 404 page finds words for its search box.</summary>
    public const string SearchWordsKey = "HealthNews.SearchWords";

    public async Task InvokeAsync(HttpContext context, OldAddressResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resolver);
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || OldPortalLink.Parse(context.Request.Path.Value) is not { } link)
        {
            await next(context);
            return;
        }
        var target = await resolver.ResolveAsync(link, context.RequestAborted);
        if (target is null)
        {
            context.Items[SearchWordsKey] = link.Words;
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = context.Request.PathBase + (target.Path
            ?? (target.ArticleSlug is { } article ? Urls.Article(article) : Urls.Category(target.CategorySlug!)));
    }
}
