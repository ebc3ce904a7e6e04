using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

// One journey at a time: each class starts its own portal and Chromium, and on two cores journeys run side by side
// wait on each other (a sign-in took over 30 s while three other portals rendered).
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace HealthNews.BrowserTests;

/// <summary>
/// The portal on a real Kestrel port over its own SQLite file with the sample content, and Debian's Chromium
/// driven by Playwright. Playwright never downloads a browser here.
/// </summary>
public class BrowserPortal : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "healthnews-browser-tests", Guid.NewGuid().ToString("N"));
    private Factory? _factory;
    private IPlaywright? _playwright;

    public BrowserPortal() : this(new Dictionary<string, string>())
    {
    }

    /// <summary>A portal with more configuration, e.g. <c>HealthNews:Newsroom:FourEyes</c>.</summary>
    protected BrowserPortal(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The portal's services, to set up what a journey starts from.</summary>
    public IServiceProvider Services => _factory!.Services;

    public Uri BaseAddress { get; private set; } = null!;

    public static string ScreenshotDirectory { get; } =
        Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}. Install it with: sudo apt-get install -y chromium (tests/run.sh does this).");
        }
        Directory.CreateDirectory(_dataDirectory);
        _factory = new Factory(_dataDirectory, _settings);
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Running as root in CI, on a machine with no outside network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A staff account made through the portal's own service, as the create-user command does.</summary>
    public async Task<HealthNews.Core.Common.Actor> CreateStaffAsync(string email, string password, string role, string displayName)
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<HealthNews.Core.Users.UserAdministration>();
        var (result, _) = await users.CreateAsync(email, displayName, [role], password, HealthNews.Core.Common.Actor.System("kiểm thử trình duyệt"));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.Message);
        }
        var id = (await users.ListAsync()).Single(u => u.Email == email).Id;
        return new HealthNews.Core.Common.Actor(id, displayName, new HashSet<string> { role }, "127.0.0.1");
    }

    /// <summary>An open poll shown in the sidebar, made through the portal's own service.</summary>
    public async Task<int> CreateFeaturedPollAsync(string question, string[] options)
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        var polls = scope.ServiceProvider.GetRequiredService<HealthNews.Core.Polls.PollAdmin>();
        var manager = HealthNews.Core.Common.Actor.System("kiểm thử trình duyệt");
        var created = await polls.CreateAsync(new HealthNews.Core.Polls.PollInput(question, options, false, 1, null, null,
            HealthNews.Core.Entities.PollResultsVisibility.AfterVoting, false), manager);
        await polls.OpenAsync(created.Id, manager);
        await polls.FeatureAsync(created.Id, manager);
        return created.Id;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private sealed class Factory(string dataDirectory, IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
            builder.UseSetting("ConnectionStrings:HealthNews",
                new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "portal.db") }.ToString());
            builder.UseSetting("HealthNews:DataDirectory", dataDirectory);
        }
    }
}
