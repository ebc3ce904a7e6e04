using System.Security.Claims;
using System.Security.Cryptography;
using HealthNews.Core.Caching;
using HealthNews.Core.Polls;
using HealthNews.Web.Caching;
using HealthNews.Web.Middleware;
using HealthNews.Web.Setup;
using HealthNews.Web.ViewModels;
using HealthNews.Web.Voting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace HealthNews.Web.Controllers;

/// <summary>"Thăm dò ý kiến" for readers: the archive, a poll's page, and voting.</summary>
public sealed class PollsController(PollQueries polls, PollVoting voting, PollVoteMessages voteMessages, TimeProvider clock,
    IStringLocalizer<PortalText> text) : Controller
{
    [HttpGet(Urls.PollsRoute)]
    [HttpGet(Urls.EnglishPollsRoute)]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName, Tags = [CacheTags.PollArchive])]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View((await polls.ListPublicAsync(Edition.Current.Language, cancellationToken)).Select(p => PollViewModel.From(p, clock, hasVoted: false, text)).ToList());

    /// <summary>
    /// The poll's page, the same for every visitor: the form while it takes votes, results when they are public. Just
    /// after a vote it also says how the vote went, to that voter only: such a request is neither served from nor stored
    /// in the output cache.
    /// </summary>
    [HttpGet(Urls.PollRoute)]
    [HttpGet(Urls.EnglishPollRoute)]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName)]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        HttpContext.AddCacheTag(CacheTags.Poll(id));
        var message = voteMessages.Take(HttpContext, id);
        var poll = await polls.GetPublicAsync(id, Edition.Current.Language, cancellationToken);
        return poll is null ? NotFound() : View(PollViewModel.From(poll, clock, message?.HasVoted ?? false, text) with
        {
            Message = message?.Text,
            MessageIsError = message?.IsError ?? false,
            HasVoted = message?.HasVoted ?? false,
        });
    }

    /// <summary>
    /// Casts a vote and answers with a redirect to the poll's page (POST-redirect-GET: a refresh doesn't vote again),
    /// which then says how it went. Only a vote from another site is answered here, with a refusal.
    /// </summary>
    [HttpPost(Urls.PollVoteRoute)]
    [HttpPost(Urls.EnglishPollVoteRoute)]
    [EnableRateLimiting(PollVoteProtection.RateLimitPolicy)]
    [BodyLimit(RequestLimits.VoteBytes)]
    public async Task<IActionResult> Vote(int id, [FromForm(Name = "luaChon")] List<int>? choices, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (!PollVoteProtection.IsFromThisSite(Request))
        {
            var poll = await polls.GetPublicAsync(id, Edition.Current.Language, cancellationToken);
            if (poll is null)
            {
                return NotFound();
            }
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return View("Show", PollViewModel.From(poll, clock, hasVoted: false, text) with
            {
                Message = text["Biểu quyết chỉ được gửi từ trang của Cổng thông tin Bộ Y tế."],
                MessageIsError = true,
            });
        }

        if (await voting.CastVoteAsync(id, choices ?? [], CurrentVoter(), cancellationToken) is not { } outcome)
        {
            return NotFound();
        }
        voteMessages.Keep(HttpContext, id, outcome);
        Response.Headers.Location = Urls.Poll(id);
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    // A signed-in user votes as themselves; anyone else by the random token of an HttpOnly, SameSite cookie, set only on
    // this uncached answer (the redirect after a vote).
    private Voter CurrentVoter()
    {
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            return Voter.User(userId, address);
        }
        if (Request.Cookies.TryGetValue(PollVoteProtection.VoterCookie, out var token) && token.Length == 32 && token.All(char.IsAsciiHexDigitLower))
        {
            return Voter.Visitor(token, address);
        }
        token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Response.Cookies.Append(PollVoteProtection.VoterCookie, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
            Path = Urls.Polls, // the poll pages only
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
        return Voter.Visitor(token, address);
    }
}
