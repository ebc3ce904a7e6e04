using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Audit;

/// <summary>Reads the audit trail, newest first. There is nothing here, or anywhere, that edits it.</summary>
public sealed class AuditQueries(HealthNewsDbContext db)
{
    public const int PageSize = 50;

    public async Task<PagedList<AuditEvent>> ListAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var events = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            var name = filter.UserName.Trim();
            events = events.Where(e => e.UserName.Contains(name));
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            events = events.Where(e => e.Action.StartsWith(filter.Action));
        }
        if (filter.FromUtc is { } from)
        {
            events = events.Where(e => e.OccurredAtUtc >= from);
        }
        if (filter.ToUtc is { } to)
        {
            events = events.Where(e => e.OccurredAtUtc < to);
        }
        var page = Math.Max(1, filter.Page);
        var total = await events.CountAsync(cancellationToken);
        var rows = await events.OrderByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new PagedList<AuditEvent>(rows, page, PageSize, total);
    }
}
