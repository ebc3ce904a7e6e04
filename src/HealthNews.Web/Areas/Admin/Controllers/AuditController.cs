using HealthNews.Core.Audit;
using HealthNews.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.Areas.Admin.Controllers;

[Authorize(Policy = Policies.ViewAudit)]
public sealed class AuditController(AuditQueries audit) : AdminController
{
    /// <summary>The trail in words, filtered by who, what and the days (Vietnam time) it happened.</summary>
    [HttpGet(Urls.Admin.Audit)]
    public async Task<IActionResult> Index([FromQuery] AuditFilterModel filter, CancellationToken cancellationToken)
    {
        filter ??= new AuditFilterModel();
        var events = await audit.ListAsync(filter.ToFilter(), cancellationToken);
        filter.Offering(await audit.ListPeopleAsync(cancellationToken));
        return View(new AuditPage(AuditLine.From(events), filter));
    }
}
