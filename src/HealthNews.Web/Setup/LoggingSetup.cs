using Serilog;
using Serilog.Core;
using ILogger = Serilog.ILogger;

namespace HealthNews.Web.Setup;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog, configured from the "Serilog" section (console by default, a rolling file when configured), as the
    /// host's only logger. Made before anything else is wired, and returned, so that a start-up failure before the host
    /// exists is logged by the same logger (the bootstrap logger).
    /// </summary>
    public static Logger AddHealthNewsLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        // A logger instance rather than Log.Logger: each host of a test run keeps its own (serilog-aspnetcore#289).
        builder.Services.AddSerilog(logger, dispose: true);
        return logger;
    }

    /// <summary>
    /// One line per request: method, path (never the query string, cookies or body), status, elapsed milliseconds, and
    /// the signed-in staff member's name, or "anonymous".
    /// </summary>
    public static IApplicationBuilder UseHealthNewsRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // The host's logger, not the static Log.Logger (which this portal leaves unset).
            options.Logger = app.ApplicationServices.GetRequiredService<ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms ({UserName})";
            options.EnrichDiagnosticContext = (diagnostics, context) =>
                diagnostics.Set("UserName", context.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "anonymous");
        });
}
