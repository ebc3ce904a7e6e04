using HealthNews.Core.Media;
using Microsoft.AspNetCore.Http.Features;

namespace HealthNews.Web.Setup;

/// <summary>
/// How large a request may be, in one place (README, "Limits"). Kestrel stops what is far too large by itself, with a bare
/// answer; below that, <see cref="Middleware.RequestLimitsMiddleware"/> answers what goes over these limits with the
/// Vietnamese error page (or JSON for the editor's calls), logged once, never a 500.
/// </summary>
public static class RequestLimits
{
    /// <summary>A request body, unless its action says otherwise (<see cref="Middleware.BodyLimitAttribute"/>).</summary>
    public const long BodyBytes = 8L * 1024 * 1024;

    /// <summary>A vote: a token and at most 20 choices take under 1 KB.</summary>
    public const long VoteBytes = 16 * 1024;

    /// <summary>Uploads may carry at least this much, so that a file over the library's own limit hears why, in words.</summary>
    public const long UploadFloorBytes = 100L * 1024 * 1024;

    /// <summary>The request headers (cookies included) that the portal reads; more is answered 431 with the error page.</summary>
    public const int HeaderBytes = 32 * 1024;

    /// <summary>What Kestrel itself lets through before its bare 431: room for the portal to answer up to this with a page.</summary>
    public const int ServerHeaderBytes = 128 * 1024;

    /// <summary>The request line (method, address, query): Kestrel answers a bare 414 beyond it.</summary>
    public const int RequestLineBytes = 16 * 1024;

    /// <summary>The most fields a form may have, and the longest name of one (ASP.NET Core's defaults): more is a 400.</summary>
    public const int FormValueCount = 1024;

    public const int FormKeyLength = 2048;

    /// <summary>
    /// What the media library's upload actions take: the library's limit (HealthNews:Media:MaxUploadBytes) and 1 MB for
    /// the form around the file, but never less than <see cref="UploadFloorBytes"/>.
    /// </summary>
    public static long UploadBytes(MediaOptions media)
    {
        ArgumentNullException.ThrowIfNull(media);
        return Math.Max(UploadFloorBytes, media.MaxUploadBytes + 1024 * 1024);
    }

    /// <summary>Kestrel's limits and the form reader's, from the constants above.</summary>
    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = BodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = ServerHeaderBytes;
            kestrel.Limits.MaxRequestLineSize = RequestLineBytes;
        });
        builder.Services.Configure<FormOptions>(o =>
        {
            o.ValueCountLimit = FormValueCount;
            o.KeyLengthLimit = FormKeyLength;
            o.ValueLengthLimit = (int)BodyBytes;
            o.MultipartBodyLengthLimit = BodyBytes;
        });
        return builder;
    }
}
