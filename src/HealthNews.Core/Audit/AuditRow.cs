namespace HealthNews.Core.Audit;

/// <summary>
/// A line of the trail with the current name of what it is about (an article's title, a poll's question, a person's name,
/// a category's or file's name); <see cref="ObjectName"/> is null when there is no such object, or no longer.
/// </summary>
public sealed record AuditRow(long Id, DateTime OccurredAtUtc, string? UserId, string UserName, string Action, string? EntityType,
    string? EntityId, string? ObjectName, string Details, string? IpAddress);
