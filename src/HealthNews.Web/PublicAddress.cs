using HealthNews.Core.Configuration;
using Microsoft.Extensions.Options;

namespace HealthNews.Web;

/// <summary>
/// Absolute addresses for what leaves the site (canonical links, share cards, feeds, sitemaps): the configured
/// <see cref="HealthNewsOptions.PublicBaseUrl"/>, or else the request's own scheme and host.
/// </summary>
public sealed class PublicAddress(IOptions<HealthNewsOptions> options)
{
    private readonly string? _configured = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? null : options.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>The absolute form of a site path such as <c>/tin-tuc/abc</c>.</summary>
    public string For(HttpRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(path);
        var root = _configured ?? $"{request.Scheme}://{request.Host}{request.PathBase}";
        return root + (path.StartsWith('/') ? path : "/" + path);
    }
}
