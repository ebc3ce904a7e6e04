using HealthNews.Core.Configuration;
using HealthNews.Core.Setup;
using HealthNews.Web.Commands;
using HealthNews.Web.Setup;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
var startupLog = builder.AddHealthNewsLogging();

try
{
    builder.AddHealthNewsCore();
    builder.AddHealthNewsWeb();

    var app = builder.Build();

    // `dotnet run --project src/HealthNews.Web -- <command> ...` runs a maintenance command instead of the portal.
    if (await app.RunCommandAsync(args) is { } exitCode)
    {
        return exitCode;
    }

    // Every validated setting is checked before the database is touched, so that a wrong one stops start-up with its own
    // message rather than with the host's stack trace.
    app.Services.GetRequiredService<IStartupValidator>().Validate();
    await app.InitializeDatabaseAsync(loadKeyRing: true);
    app.MapHealthNews();

    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is StartupException or OptionsValidationException)
{
    // One clear line for the operator; the configuration, not the code, needs fixing.
    startupLog.ForContext("SourceContext", "HealthNews.Startup").Fatal("HealthNews cannot start: {Reason}", e.Message);
    return 1;
}
catch (Exception e) when (e is not HostAbortedException)
{
    // Anything else is a defect: logged in full by the same logger (console, and the log file when configured).
    startupLog.ForContext("SourceContext", "HealthNews.Startup").Fatal(e, "HealthNews stopped unexpectedly");
    return 1;
}
finally
{
    // The host disposes the logger it was given; this covers a failure before the host was built. Disposing twice is safe.
    await startupLog.DisposeAsync();
}

/// <summary>The portal's entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
