namespace HealthNews.Core.Entities;

/// <summary>One line of the audit trail: who did what, when, from where. Rows are only ever added.</summary>
public class AuditEvent
{
    public long Id { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public required string Action { get; set; }
    public string? EntityType { get; set; }
    public string? EntityId { get; set; }
    public string Details { get; set; } = "";
    public string? IpAddress { get; set; }
}
