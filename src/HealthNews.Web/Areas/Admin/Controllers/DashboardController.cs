using HealthNews.Core.Common;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Polls;
using HealthNews.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.Areas.Admin.Controllers;

/// <summary>/admin: what each person has to do, by role (writers, editors, poll managers; administrators see it all).</summary>
public sealed class DashboardController(NewsroomQueries queries, PollQueries polls, TimeProvider clock) : AdminController
{
    [HttpGet(Urls.Admin.Root)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var actor = Actor;
        var counts = actor.IsStaffWriter ? await queries.CountAsync(actor.UserId, cancellationToken) : null;
        var newsroom = await queries.GetDashboardAsync(actor, cancellationToken);
        var openPolls = actor.IsAdministrator || actor.Roles.Contains(Roles.PollManager) ? await polls.ListOpenAsync(cancellationToken) : null;
        return View(DashboardPage.From(actor.DisplayName, actor.UserId, counts, newsroom, openPolls, clock.GetUtcNow().UtcDateTime));
    }
}
