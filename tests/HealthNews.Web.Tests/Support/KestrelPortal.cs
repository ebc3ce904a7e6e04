using System.Net;
using HealthNews.Core.Configuration;
using HealthNews.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace HealthNews.Web.Tests.Support;

/// <summary>
/// The portal behind real Kestrel on a free loopback port, for what only a real server does: request line and header
/// limits, request body limits, and whether the client reads the answer to a refused upload. Its clients speak HTTP over
/// a socket, and its log (the portal's Serilog settings, and a file sink as an operator would add) is kept in <see cref="LogFile"/>.
/// </summary>
public class KestrelPortal : PortalFactory
{
    public KestrelPortal(string provider) : base(provider) => UseKestrel(0);

    /// <summary>A portal over an existing database with its own data folder: one node of several (<see cref="TwoNodes"/>).</summary>
    public KestrelPortal(TestDatabase database, string dataDirectory) : base(database, dataDirectory) => UseKestrel(0);

    public string LogFile => Path.Combine(DataDirectory, "portal.log");

    /// <summary>Where Kestrel listens (a port it chose); starts the server when it has not started.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }
    }

    /// <summary>The lines the portal has logged so far.</summary>
    public IReadOnlyList<string> LogLines()
    {
        Assert.True(File.Exists(LogFile), "no log file; the data folder holds: " + string.Join(", ", Directory.EnumerateFileSystemEntries(DataDirectory)));
        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// Waits until a logged line satisfies <paramref name="seen"/>, woken by each line the portal logs (no polling), or
    /// until <paramref name="timeout"/>; the caller's assertion then says what was logged.
    /// </summary>
    public async Task WaitForLogLineAsync(Func<string, bool> seen, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (!LogLines().Any(seen))
            {
                await _logged.WaitAsync(deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            // not logged in time: the assertion that follows shows the log
        }
    }

    private readonly SemaphoreSlim _logged = new(0);

    /// <summary>A socket client to Kestrel, following redirects and keeping cookies as <paramref name="options"/> say.</summary>
    public override HttpClient Client(WebApplicationFactoryClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = options.AllowAutoRedirect,
            UseCookies = options.HandleCookies,
            CookieContainer = new CookieContainer(),
        };
        return new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.ConfigureWebHost(builder);
        // The portal's own Serilog settings (levels, console), and a file sink for the test to read.
        builder.ConfigureServices((context, services) => services.AddSerilog(
            new LoggerConfiguration()
                .ReadFrom.Configuration(context.Configuration)
                .WriteTo.File(LogFile, outputTemplate: "[{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}", formatProvider: System.Globalization.CultureInfo.InvariantCulture)
                .WriteTo.Sink(new Signal(_logged)) // after the file: when it wakes a waiter, the line is in the file
                .CreateLogger(),
            dispose: true));
    }

    private sealed class Signal(SemaphoreSlim logged) : Serilog.Core.ILogEventSink
    {
        public void Emit(Serilog.Events.LogEvent logEvent) => logged.Release();
    }
}

public sealed class SqliteKestrelPortal() : KestrelPortal(DatabaseOptions.Sqlite);

public sealed class PostgreSqlKestrelPortal() : KestrelPortal(DatabaseOptions.PostgreSql);

public sealed class SqlServerKestrelPortal() : KestrelPortal(DatabaseOptions.SqlServer);
