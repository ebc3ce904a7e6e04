using Microsoft.AspNetCore.Http.Extensions;

namespace HealthNews.Web.Middleware;

/// <summary>
/// One address per public page: a GET for an upper-case or trailing-slash variant of a public path, or for <c>?page=1</c>,
/// is answered 301 with the canonical address (lower case, no trailing slash, no first-page number), other query
/// values kept. Media (file names keep their case), the admin area and health checks are left alone.
/// </summary>
public sealed class CanonicalAddressMiddleware(RequestDelegate next)
{
    private static readonly PathString[] LeftAlone = [Urls.Admin.Root, "/media", "/health"];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || LeftAlone.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return next(context);
        }
        var path = request.Path.Value ?? "/";
        var canonicalPath = path.Length > 1 ? path.TrimEnd('/').ToLowerInvariant() : path;
        var firstPage = request.Query.TryGetValue("page", out var page) && page.Count == 1 && page[0] == "1";
        if (canonicalPath.Length == 0)
        {
            canonicalPath = "/";
        }
        if (canonicalPath == path && !firstPage)
        {
            return next(context);
        }
        var query = new QueryBuilder(request.Query.Where(q => !(firstPage && q.Key == "page")));
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = request.PathBase + canonicalPath + query.ToQueryString();
        return Task.CompletedTask;
    }
}
