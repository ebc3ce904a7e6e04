using HealthNews.Core.Configuration;
using HealthNews.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddHealthNewsLogging();
builder.AddHealthNewsCore();
builder.AddHealthNewsWeb();

var app = builder.Build();

await app.InitializeDatabaseAsync();
app.MapHealthNews();

await app.RunAsync();

/// <summary>The portal's entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
