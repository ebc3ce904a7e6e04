using System.Globalization;
using System.Security.Cryptography;
using HealthNews.Core.Polls;
using Microsoft.AspNetCore.DataProtection;

namespace HealthNews.Web.Voting;

/// <summary>What the poll's page says to the reader who has just voted, and whether that reader may see the results.</summary>
public sealed record PollVoteMessage(string Text, bool IsError, bool HasVoted);

/// <summary>
/// Carries a vote's outcome across its redirect (POST-redirect-GET): a short-lived, <c>HttpOnly</c> cookie scoped to
/// the poll's own address, protected so that it can't be forged, read once and deleted by the next GET of that page.
/// A request that carries it is neither answered from nor stored in the output cache (<c>PublicPagePolicy</c>), so one
/// reader's message is never shown to another (ADR-005).
/// </summary>
public sealed class PollVoteMessages(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string CookieName = "hn_poll_msg";

    /// <summary>Long enough for the redirect to be followed on a slow phone; too short to matter afterwards.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly IDataProtector _protector = protection.CreateProtector("HealthNews.Polls.VoteMessage");

    /// <summary>Whether the request carries a message, so that the page must be rendered for this reader alone.</summary>
    public static bool IsCarriedBy(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Cookies.ContainsKey(CookieName);
    }

    /// <summary>Keeps <paramref name="outcome"/> for the next GET of the poll's page.</summary>
    public void Keep(HttpContext context, int pollId, VoteOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(outcome);
        var payload = string.Join('\n', pollId.ToString(CultureInfo.InvariantCulture),
            clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture), outcome.Status.ToString(), outcome.Message);
        context.Response.Cookies.Append(CookieName, _protector.Protect(payload), Options(context, pollId, Lifetime));
    }

    /// <summary>The message kept for this poll's page, deleted as it is read; null when there is none, or none valid.</summary>
    public PollVoteMessage? Take(HttpContext context, int pollId)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value))
        {
            return null;
        }
        context.Response.Cookies.Delete(CookieName, Options(context, pollId, null));
        context.Response.Headers.CacheControl = "no-store";
        string[] parts;
        try
        {
            parts = _protector.Unprotect(value).Split('\n', 4);
        }
        catch (CryptographicException)
        {
            return null; // forged, or made with keys this portal no longer has
        }
        if (parts.Length != 4
            || parts[0] != pollId.ToString(CultureInfo.InvariantCulture)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || TimeSpan.FromTicks(clock.GetUtcNow().UtcTicks - ticks) is var age && (age < TimeSpan.Zero || age > Lifetime)
            || !Enum.TryParse<VoteStatus>(parts[2], out var status))
        {
            return null;
        }
        var outcome = new VoteOutcome(status, parts[3]);
        return new PollVoteMessage(outcome.Message, !outcome.Accepted, new VoteResult(outcome, null).HasVoted);
    }

    private static CookieOptions Options(HttpContext context, int pollId, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        Path = Urls.Poll(pollId), // this poll's page (and its vote address) only
        MaxAge = maxAge,
        IsEssential = true,
    };
}
