using HealthNews.Core.Configuration;
using HealthNews.Core.Setup;
using HealthNews.Web.Commands;
using HealthNews.Web.Setup;

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

    await app.InitializeDatabaseAsync();
    app.MapHealthNews();

    await app.RunAsync();
    return 0;
}
catch (StartupException e)
{
    // One clear line for the operator; the configuration, not the code, needs fixing.
    startupLog.ForContext("SourceContext", "HealthNews.Startup").Fatal("HealthNews cannot start: {Reason}", e.Message);
    return 1;
}
finally
{
    startupLog.Dispose();
}

/// <summary>The portal's entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
