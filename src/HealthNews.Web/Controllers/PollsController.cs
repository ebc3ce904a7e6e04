using System.Security.Claims;
using System.Security.Cryptography;
using HealthNews.Core.Caching;
using HealthNews.Core.Polls;
using HealthNews.Web.Hosting;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace HealthNews.Web.Controllers;

/// <summary>"Thăm dò ý kiến" for readers: the archive, a poll's page, and voting.</summary>
public sealed class PollsController(PollQueries polls, PollVoting voting, TimeProvider clock) : Controller
{
    [HttpGet("/tham-do-y-kien")]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName, Tags = [CacheTags.PollArchive])]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View((await polls.ListPublicAsync(cancellationToken)).Select(p => PollViewModel.From(p, clock, hasVoted: false)).ToList());

    /// <summary>The poll's page, the same for every visitor: the form while it takes votes, results when they are public.</summary>
    [HttpGet("/tham-do-y-kien/{id:int}")]
    [OutputCache(PolicyName = PublicPageCaching.PolicyName)]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        HttpContext.AddCacheTag(CacheTags.Poll(id));
        var poll = await polls.GetAsync(id, cancellationToken);
        if (poll is null || poll.Poll.Status == Core.Entities.PollStatus.Draft)
        {
            return NotFound();
        }
        return View(PollViewModel.From(poll, clock, hasVoted: false));
    }

    /// <summary>Casts a vote; the answer page (never cached) says how it went and shows the results when allowed.</summary>
    [HttpPost("/tham-do-y-kien/{id:int}/bieu-quyet")]
    [EnableRateLimiting(PollVoteProtection.RateLimitPolicy)]
    public async Task<IActionResult> Vote(int id, [FromForm(Name = "luaChon")] List<int>? choices, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        VoteOutcome outcome;
        if (!PollVoteProtection.IsFromThisSite(Request))
        {
            outcome = new VoteOutcome(VoteStatus.Invalid, "Biểu quyết chỉ được gửi từ trang của Cổng thông tin Bộ Y tế.");
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        else
        {
            var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
            var voterKey = userId is not null ? "u:" + userId : "c:" + VoterToken();
            outcome = await voting.VoteAsync(id, choices ?? [], voterKey, userId is not null, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
            Response.StatusCode = outcome.Status switch
            {
                VoteStatus.Accepted => StatusCodes.Status200OK,
                VoteStatus.AlreadyVoted or VoteStatus.NotOpen => StatusCodes.Status409Conflict,
                VoteStatus.SignInRequired => StatusCodes.Status403Forbidden,
                VoteStatus.NotFound => StatusCodes.Status404NotFound,
                _ => StatusCodes.Status400BadRequest,
            };
        }
        // Read once, after the vote, so that the answer shows the counts including it.
        var poll = await polls.GetAsync(id, cancellationToken);
        if (poll is null || poll.Poll.Status == Core.Entities.PollStatus.Draft)
        {
            return NotFound();
        }
        var hasVoted = outcome.Status is VoteStatus.Accepted or VoteStatus.AlreadyVoted;
        return View("Show", PollViewModel.From(poll, clock, hasVoted) with { Message = outcome.Message, MessageIsError = !outcome.Accepted });
    }

    // The anonymous voter's identity: a random token in an HttpOnly, SameSite cookie, set only on this uncached answer.
    private string VoterToken()
    {
        if (Request.Cookies.TryGetValue(PollVoteProtection.VoterCookie, out var token) && token.Length == 32 && token.All(char.IsAsciiHexDigitLower))
        {
            return token;
        }
        token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Response.Cookies.Append(PollVoteProtection.VoterCookie, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
            Path = "/tham-do-y-kien",
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
        return token;
    }
}
