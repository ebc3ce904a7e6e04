namespace HealthNews.Core.Audit;

/// <summary>
/// The trail's filters: a person (an account id: what they did, and sign-ins typed with their email), an action code or
/// the start of one ("article."), and a time range in UTC, the end excluded.
/// </summary>
public sealed record AuditFilter(string? UserId, string? Action, DateTime? FromUtc, DateTime? ToUtc, int Page = 1);
