using System.Globalization;
using HealthNews.Core.Audit;
using HealthNews.Core.Text;
using HealthNews.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.Areas.Admin.Controllers;

[Authorize(Policy = Policies.ViewAudit)]
public sealed class AuditController(AuditQueries audit) : AdminController
{
    /// <summary>The trail, filtered by who, what and the days (Vietnam time) it happened.</summary>
    [HttpGet(Urls.Admin.Audit)]
    public async Task<IActionResult> Index([FromQuery] AuditFilterModel filter, CancellationToken cancellationToken)
    {
        filter ??= new AuditFilterModel();
        var from = ParseDay(filter.From);
        var to = ParseDay(filter.To)?.AddDays(1);
        var events = await audit.ListAsync(new AuditFilter(filter.User, filter.Action, from, to, filter.Page), cancellationToken);
        return View(new AuditPage(events, filter));
    }

    private static DateTime? ParseDay(string? day) =>
        DateTime.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? VietnamTime.ToUtc(local)
            : null;
}
