using Serilog;
using Serilog.Core;

namespace HealthNews.Web.Setup;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog, configured from the "Serilog" section (console by default, a rolling file when configured).
    /// Returns the logger so that start-up can log a failure that happens before the host exists.
    /// </summary>
    public static Logger AddHealthNewsLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return logger;
    }
}
