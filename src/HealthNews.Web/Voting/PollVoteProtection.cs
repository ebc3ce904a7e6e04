using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Localization;

namespace HealthNews.Web.Voting;

/// <summary>
/// What stands between a vote and ballot stuffing, apart from the unique ballot per voter: a per-address rate limit and a
/// same-origin check that replaces antiforgery tokens, which cached pages can't carry (ADR-005).
/// </summary>
public static class PollVoteProtection
{
    public const string RateLimitPolicy = "poll-votes";
    public const string VoterCookie = "hn_voter";

    public static WebApplicationBuilder AddPollVoteProtection(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PollOptions>().BindConfiguration(PollOptions.SectionName)
            .Validate(o => o.VotesPerAddressPerWindow > 0 && o.WindowMinutes > 0, "HealthNews:Polls: giới hạn biểu quyết phải lớn hơn 0.")
            .ValidateOnStart();
        builder.Services.AddSingleton<PollVoteMessages>();
        var options = builder.Configuration.GetSection(PollOptions.SectionName).Get<PollOptions>() ?? new PollOptions();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The client address is the connection's, or a configured proxy's X-Forwarded-For (see UseForwardedHeaders).
            limiter.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                $"{context.Connection.RemoteIpAddress}|{context.Request.RouteValues["id"]}",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.VotesPerAddressPerWindow,
                    Window = TimeSpan.FromMinutes(options.WindowMinutes),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                // In the vote's edition (its address set the culture); the words are PortalText's, HTML-encoded.
                var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<PortalText>>();
                var encoder = context.HttpContext.RequestServices.GetRequiredService<System.Text.Encodings.Web.HtmlEncoder>();
                string Encoded(LocalizedString value) => encoder.Encode(value.Value);
                var title = Encoded(text["Quá nhiều lượt biểu quyết"]);
                await context.HttpContext.Response.WriteAsync(
                    $"<!DOCTYPE html><html lang=\"{Edition.Current.HtmlLang}\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body>" +
                    $"<h1>{title}</h1><p>{Encoded(text["Địa chỉ mạng của bạn đã gửi quá nhiều lượt biểu quyết cho cuộc thăm dò này. Vui lòng thử lại sau {0} phút.", options.WindowMinutes.ToString(CultureInfo.InvariantCulture)])}</p>" +
                    $"<p><a href=\"{Urls.Polls}\">{Encoded(text["Xem các cuộc thăm dò"])}</a></p></body></html>", cancellationToken);
            };
        });
        return builder;
    }

    /// <summary>
    /// Whether a vote comes from a page of this site: the browser's Sec-Fetch-Site, or else Origin, or else Referer, must
    /// name this host. A request that shows none of them is refused.
    /// </summary>
    public static bool IsFromThisSite(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite is "same-origin";
        }
        var source = request.Headers.Origin.ToString();
        if (source.Length == 0 || source == "null")
        {
            source = request.Headers.Referer.ToString();
        }
        return Uri.TryCreate(source, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
