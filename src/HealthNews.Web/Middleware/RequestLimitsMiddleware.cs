using HealthNews.Core.Media;
using HealthNews.Core.Text;
using HealthNews.Web.Areas.Admin.Models;
using HealthNews.Web.Setup;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace HealthNews.Web.Middleware;

/// <summary>
/// Requests over the portal's limits (<see cref="RequestLimits"/>) get a clean answer instead of a 500 or a reset
/// connection: headers over <see cref="RequestLimits.HeaderBytes"/> a 431, a body over its action's limit a 413, a form
/// that can't be read (too many fields, a name too long, broken multipart) a 400. The answer is the Vietnamese error page
/// (re-executed by the status code pages), or <see cref="RefusalAnswer"/> JSON for the editor's calls; each refusal is
/// logged once, at Information, and the client never sees an exception's text. Runs after routing and authorization, so
/// it knows the action's limit and reads nothing for a visitor who may not post there; it reads a form once, with that
/// limit, and MVC (antiforgery, model binding) then uses the form it read.
/// </summary>
public sealed partial class RequestLimitsMiddleware(
    RequestDelegate next, IOptions<MediaOptions> media, IOptions<FormOptions> forms, ILogger<RequestLimitsMiddleware> logger)
{
    /// <summary>Where a refusal leaves its message for the error page (HttpContext.Items), when it has more to say than the status.</summary>
    public const string MessageKey = "HealthNews.RefusalMessage";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The error page that a refusal re-executes: the same request, whose body is refused already.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next(context);
            return;
        }
        if (HeaderBytes(context.Request) is var headerBytes and > RequestLimits.HeaderBytes)
        {
            await RefuseAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge,
                $"headers of {headerBytes} bytes, over the limit of {RequestLimits.HeaderBytes}");
            return;
        }
        if (HasBody(context) && await CheckBodyAsync(context) is { } refusal)
        {
            await RefuseAsync(context, refusal.Status, refusal.Reason);
            return;
        }
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            // A body read further on (not a form) that went over its limit or was malformed.
            await RefuseAsync(context, e.StatusCode, e.Message);
        }
    }

    private async Task<(int Status, string Reason)?> CheckBodyAsync(HttpContext context)
    {
        var request = context.Request;
        var limit = BodyLimit(context.GetEndpoint());
        var size = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (request.ContentLength > limit)
        {
            // Refused unread. Kestrel then reads and discards the rest for up to 5 seconds (it refuses to drain a body
            // over the limit), so that a browser still sending reads this answer instead of a reset connection.
            if (size is { IsReadOnly: false })
            {
                size.MaxRequestBodySize = null;
            }
            return (StatusCodes.Status413PayloadTooLarge, $"a body of {request.ContentLength} bytes, over the limit of {limit}");
        }
        if (size is { IsReadOnly: false })
        {
            size.MaxRequestBodySize = limit;
        }
        if (!request.HasFormContentType || context.GetEndpoint() is null)
        {
            return null;
        }
        var options = forms.Value;
        context.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            ValueCountLimit = options.ValueCountLimit,
            KeyLengthLimit = options.KeyLengthLimit,
            ValueLengthLimit = (int)Math.Min(limit, int.MaxValue),
            MultipartBodyLengthLimit = limit,
            MemoryBufferThreshold = options.MemoryBufferThreshold,
        }));
        try
        {
            await request.ReadFormAsync(context.RequestAborted);
            return null;
        }
        catch (BadHttpRequestException e)
        {
            // Over the limit while reading (no Content-Length), a malformed body, or one that ended early (a tab closed
            // during an upload: "Unexpected end of request content").
            return (e.StatusCode, e.Message);
        }
        catch (InvalidDataException e)
        {
            return (StatusCodes.Status400BadRequest, e.Message); // too many fields, a name too long, broken multipart
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            // The tab closed during an upload, noticed as the connection's end (cancelled, or reset: Kestrel's
            // ConnectionResetException is an IOException) rather than as a body that ended early.
            return (StatusCodes.Status499ClientClosedRequest, "the client closed the connection before the body ended");
        }
    }

    private long BodyLimit(Endpoint? endpoint) => endpoint?.Metadata switch
    {
        { } metadata when metadata.GetMetadata<MediaUploadLimitAttribute>() is not null => RequestLimits.UploadBytes(media.Value),
        { } metadata when metadata.GetMetadata<BodyLimitAttribute>() is { } limit => limit.Bytes,
        _ => RequestLimits.BodyBytes,
    };

    private async Task RefuseAsync(HttpContext context, int status, string reason)
    {
        LogRefused(logger, context.Request.Method, context.Request.Path, status, reason);
        // Whatever comes next (the error page's model binding) finds an empty form rather than reading the body again.
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status499ClientClosedRequest)
        {
            context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false; // nobody is there to read an error page
            return;
        }
        var message = Message(context, status);
        if (WantsJson(context.Request))
        {
            await context.Response.WriteAsJsonAsync(new RefusalAnswer(message), context.RequestAborted);
            return;
        }
        context.Items[MessageKey] = message;
        // Otherwise an empty answer: the status code pages show the Vietnamese error page, in the admin's look under /admin.
    }

    private string Message(HttpContext context, int status) =>
        status == StatusCodes.Status413PayloadTooLarge && context.GetEndpoint()?.Metadata.GetMetadata<MediaUploadLimitAttribute>() is not null
            ? $"Tệp quá lớn: mỗi tệp tải lên tối đa {FileSizes.Format(media.Value.MaxUploadBytes)}."
            : ErrorViewModel.For(status).Message;

    // The editor's script asks for JSON (Accept: application/json); a browser's navigation asks for HTML.
    private static bool WantsJson(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        && !request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static bool HasBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody
        ?? (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0);

    // As Kestrel counts them: each name and value.
    private static long HeaderBytes(HttpRequest request)
    {
        long total = 0;
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                total += name.Length + (value?.Length ?? 0);
            }
        }
        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method} {Path} with {StatusCode}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, PathString path, int statusCode, string reason);
}
