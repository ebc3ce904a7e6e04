namespace HealthNews.Web.Middleware;

/// <summary>
/// The largest request body an action takes, in bytes, enforced by <see cref="RequestLimitsMiddleware"/> before anything
/// reads the body; without it, <see cref="Setup.RequestLimits.BodyBytes"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BodyLimitAttribute(long bytes) : Attribute
{
    public long Bytes { get; } = bytes;
}
