using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;

namespace HealthNews.Core.Audit;

/// <summary>
/// Adds audit events to the caller's unit of work, so that an action and its record are saved in the same
/// transaction. The trail has no update or delete path.
/// </summary>
public sealed class AuditLog(HealthNewsDbContext db, TimeProvider clock)
{
    public void Record(Actor actor, string action, string? entityType = null, object? entityId = null, string details = "")
    {
        ArgumentNullException.ThrowIfNull(actor);
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = Truncate(actor.DisplayName, FieldLimits.Audit.UserName),
            Action = action,
            EntityType = entityType,
            EntityId = entityId?.ToString(),
            Details = Truncate(details, FieldLimits.Audit.Details),
            IpAddress = actor.IpAddress,
        });
    }

    /// <summary>Records and saves at once, for events that change nothing else (sign-ins).</summary>
    public async Task RecordNowAsync(Actor actor, string action, string? entityType = null, object? entityId = null, string details = "",
        CancellationToken cancellationToken = default)
    {
        Record(actor, action, entityType, entityId, details);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
