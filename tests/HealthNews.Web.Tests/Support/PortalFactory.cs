using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HealthNews.Web.Tests.Support;

/// <summary>
/// The real portal (Program, middleware, views) in Production mode over its own fresh database, SQLite,
/// PostgreSQL or SQL Server, loaded with the sample content on start-up exactly as on a newcomer's first run.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _provider;
    private readonly bool _ownsDatabase;
    private readonly string? _dataDirectory;
    private TestDatabase? _database;

    // The suite starts over a hundred portals in one process, and each watches its content root and settings files. With
    // inotify every watcher takes one of the user's instances (128 by default on Linux): the full run ran out of them
    // (IOException from FileSystemWatcher under asp-append-version). Polling watchers take none; the portal's own
    // deployments keep inotify.
    static PortalFactory() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    public PortalFactory(string provider)
    {
        _provider = provider;
        _ownsDatabase = true;
    }

    /// <summary>
    /// A portal over an existing database, e.g. to start the portal a second time, or a second node beside the first
    /// with its own data folder (<paramref name="dataDirectory"/>; by default the database's folder).
    /// </summary>
    public PortalFactory(TestDatabase database, string? dataDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _provider = database.Provider;
        _database = database;
        _dataDirectory = dataDirectory;
    }

    public TestDatabase Database => _database ?? throw new InvalidOperationException("InitializeAsync has not run.");

    public string DataDirectory => _dataDirectory ?? Database.Directory;

    /// <summary>
    /// The Data Protection key secret test portals on PostgreSQL and SQL Server run with: required there in Production
    /// (ADR-016). Test data only, never a default of the portal's.
    /// </summary>
    public const string TestKeySecret = "khoa-bi-mat-cua-kiem-thu-dai-hon-32-ky-tu-0123456789";

    /// <summary>The portal's clock: real time, which a test may move ahead.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Every SQL command the portal sends.</summary>
    public SqlCommandCounter Commands { get; } = new();

    /// <summary>More configuration for this portal; set before the first request.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public async Task InitializeAsync()
    {
        if (_provider == DatabaseOptions.SqlServer && TestSqlServer.SkipReason is not null)
        {
            return; // no server: every test of the class is reported as skipped (HealthNewsTestFramework)
        }
        _database ??= await TestDatabase.CreateAsync(_provider, "web");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting($"{DatabaseOptions.SectionName}:Provider", Database.Provider);
        builder.UseSetting($"ConnectionStrings:{DatabaseOptions.ConnectionStringName}", Database.Settings.ConnectionString);
        builder.UseSetting("HealthNews:DataDirectory", DataDirectory);
        if (Database.Provider != DatabaseOptions.Sqlite)
        {
            builder.UseSetting("DataProtection:KeySecret", TestKeySecret);
        }
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(Commands);
        });
    }

    /// <summary>Runs <paramref name="action"/> against the portal's own database.</summary>
    public async Task WithDbAsync(Func<HealthNewsDbContext, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<HealthNewsDbContext>());
    }

    public HttpClient CreateBrowserLikeClient() => Client(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client with these options, to the in-memory server (or to Kestrel's real socket, <see cref="KestrelPortal"/>).</summary>
    public virtual HttpClient Client(WebApplicationFactoryClientOptions options) => CreateClient(options);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_ownsDatabase && _database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

public sealed class SqlitePortal() : PortalFactory(DatabaseOptions.Sqlite);

public sealed class PostgreSqlPortal() : PortalFactory(DatabaseOptions.PostgreSql);

public sealed class SqlServerPortal() : PortalFactory(DatabaseOptions.SqlServer);

public static class HtmlClient
{
    /// <summary>GETs a page and parses it as a browser would.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document, string Html)> GetPageAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return (response, document, html);
    }
}
