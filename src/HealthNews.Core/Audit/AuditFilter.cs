namespace HealthNews.Core.Audit;

public sealed record AuditFilter(string? UserName, string? Action, DateTime? FromUtc, DateTime? ToUtc, int Page = 1);
