using System.Globalization;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Audit;

/// <summary>Reads the audit trail, newest first. There is nothing here, or anywhere, that edits it.</summary>
public sealed class AuditQueries(HealthNewsDbContext db)
{
    public const int PageSize = 50;

    public async Task<PagedList<AuditRow>> ListAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var events = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.UserId))
        {
            var id = filter.UserId.Trim();
            // A failed sign-in knows no account, only the email typed: the person's own email counts as them.
            var email = await db.Users.Where(u => u.Id == id).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
            events = email is null
                ? events.Where(e => e.UserId == id)
                : events.Where(e => e.UserId == id || (e.UserId == null && e.UserName == email));
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
        var names = await NamesAsync(rows, cancellationToken);
        var lines = rows.Select(e => new AuditRow(e.Id, e.OccurredAtUtc, e.UserId, e.UserName, e.Action, e.EntityType, e.EntityId,
            e.EntityType is { } type && e.EntityId is { } entityId ? names.GetValueOrDefault((type, entityId)) : null, e.Details, e.IpAddress));
        return new PagedList<AuditRow>([.. lines], page, PageSize, total);
    }

    /// <summary>The staff accounts, by name in Vietnamese order, for the "who" filter.</summary>
    public async Task<IReadOnlyList<AuditPerson>> ListPeopleAsync(CancellationToken cancellationToken = default)
    {
        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken);
        return [.. users.Select(u => new AuditPerson(u.Id, string.IsNullOrEmpty(u.Email) ? u.DisplayName : $"{u.DisplayName} ({u.Email})"))
            .OrderBy(p => p.Name, ProviderNeutral.VietnameseOrder)];
    }

    // The current names of what a page of events is about: one query per kind of object on the page, never per line.
    private async Task<Dictionary<(string Type, string Id), string>> NamesAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        var names = new Dictionary<(string, string), string>();
        List<string> IdsOf(string type) =>
            [.. events.Where(e => e.EntityType == type && e.EntityId is not null).Select(e => e.EntityId!).Distinct()];
        List<int> NumbersOf(string type) =>
            [.. IdsOf(type).Select(id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).Where(n => n > 0)];
        void Add(string type, IEnumerable<(int Id, string Name)> found)
        {
            foreach (var (id, name) in found)
            {
                names[(type, id.ToString(CultureInfo.InvariantCulture))] = name;
            }
        }

        if (NumbersOf(nameof(Article)) is { Count: > 0 } articleIds)
        {
            Add(nameof(Article), (await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).Select(a => new { a.Id, a.Title })
                .ToListAsync(cancellationToken)).Select(a => (a.Id, a.Title)));
        }
        if (NumbersOf(nameof(Poll)) is { Count: > 0 } pollIds)
        {
            Add(nameof(Poll), (await db.Polls.AsNoTracking().Where(p => pollIds.Contains(p.Id)).Select(p => new { p.Id, p.Question })
                .ToListAsync(cancellationToken)).Select(p => (p.Id, p.Question)));
        }
        if (NumbersOf(nameof(Category)) is { Count: > 0 } categoryIds)
        {
            Add(nameof(Category), (await db.Categories.AsNoTracking().Where(c => categoryIds.Contains(c.Id)).Select(c => new { c.Id, c.Name })
                .ToListAsync(cancellationToken)).Select(c => (c.Id, c.Name)));
        }
        if (NumbersOf(nameof(MediaFile)) is { Count: > 0 } mediaIds)
        {
            Add(nameof(MediaFile), (await db.MediaFiles.AsNoTracking().Where(m => mediaIds.Contains(m.Id)).Select(m => new { m.Id, m.FileName })
                .ToListAsync(cancellationToken)).Select(m => (m.Id, m.FileName)));
        }
        if (IdsOf(nameof(AppUser)) is { Count: > 0 } userIds)
        {
            foreach (var user in await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName })
                .ToListAsync(cancellationToken))
            {
                names[(nameof(AppUser), user.Id)] = user.DisplayName;
            }
        }
        return names;
    }
}
