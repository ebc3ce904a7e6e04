namespace HealthNews.Core.Audit;

/// <summary>A staff account the trail can be filtered by.</summary>
public sealed record AuditPerson(string Id, string Name);
