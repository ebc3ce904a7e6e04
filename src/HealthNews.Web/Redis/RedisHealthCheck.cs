using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace HealthNews.Web.Redis;

/// <summary>
/// Redis in <c>/health/ready</c>: Healthy when it answers a PING; Degraded (still HTTP 200) when it doesn't, because
/// readers are then served from the database (ADR-015).
/// </summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis, RedisOutage outage) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            outage.Succeeded();
            return HealthCheckResult.Healthy($"Redis trả lời sau {latency.TotalMilliseconds:0.0} ms.");
        }
        catch (Exception e) when (RedisFailure.Is(e))
        {
            outage.Failed(e);
            return HealthCheckResult.Degraded("Không kết nối được Redis: trang được phục vụ từ cơ sở dữ liệu, bộ nhớ đệm dùng chung tạm tắt.");
        }
    }
}
