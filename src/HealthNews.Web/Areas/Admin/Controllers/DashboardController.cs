using HealthNews.Core.Common;
using HealthNews.Core.Newsroom;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.Areas.Admin.Controllers;

public sealed class DashboardController(NewsroomQueries queries) : AdminController
{
    [HttpGet(Urls.Admin.Root)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.CountAsync(Actor.UserId, cancellationToken));
}
