using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using HealthNews.Core.Data;
using HealthNews.Core.Setup;
using HealthNews.Web.Areas.Admin;
using HealthNews.Web.Caching;
using HealthNews.Web.KeyRing;
using HealthNews.Web.Middleware;
using HealthNews.Web.Redis;
using HealthNews.Web.Voting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;

namespace HealthNews.Web.Setup;

public static class WebRegistration
{
    private const string ReadyTag = "ready";

    /// <summary>The address when the operator chooses none (README); the launch profile names none, so that it never wins.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>MVC with views, HTML that carries Vietnamese as UTF-8, health checks and the trusted proxies.</summary>
    public static WebApplicationBuilder AddHealthNewsWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        UseDefaultUrlUnlessChosen(builder);
        builder.AddRequestLimits();
        var services = builder.Services;
        services.AddControllersWithViews(VietnameseValidationMessages.AddTo);
        // TempData (the admin's "saved" notices) stays on admin pages; public pages carry no cookie.
        services.Configure<CookieTempDataProviderOptions>(o => o.Cookie.Path = Urls.Admin.Root);
        builder.AddHealthNewsAdmin();
        builder.AddSharedKeyRing();
        builder.AddPollVoteProtection();
        builder.AddPublicPageCaching();
        builder.AddSharedCacheWhenConfigured(ReadyTag); // several nodes: Redis (ADR-015)
        services.AddRouting(o => o.LowercaseUrls = true);
        builder.AddEditions();
        services.AddSingleton<PublicAddress>();

        // The default encoder escapes every non-Latin-1 letter as &#x...; Vietnamese goes out as UTF-8 instead.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("application/rss+xml"); // sitemaps are application/xml, already in
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);

        services.AddHealthChecks()
            // Ready means the portal's own tables answer, not merely that a connection opens (SQLite opens anything).
            .AddDbContextCheck<HealthNewsDbContext>("database", tags: [ReadyTag],
                customTestQuery: async (db, cancellationToken) =>
                {
                    await db.Categories.AnyAsync(cancellationToken);
                    return true;
                });

        services.Configure<ForwardedHeadersOptions>(o => ConfigureTrustedProxies(o, builder.Configuration));
        return builder;
    }

    /// <summary>
    /// Migrates the database and loads the sample content when asked; the portal itself (<paramref name="loadKeyRing"/>)
    /// also reads the shared key ring under the same lock, a command does not.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <param name="loadSampleContent">Whether the sample content may be loaded into an empty database.</param>
    /// <param name="loadKeyRing">Whether to read (or make) the Data Protection key ring now.</param>
    public static async Task InitializeDatabaseAsync(this WebApplication app, bool loadSampleContent = true, bool loadKeyRing = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(loadSampleContent,
            loadKeyRing ? () => KeyRingSetup.LoadKeyRingAsync(app.Services) : null, app.Lifetime.ApplicationStopping);
    }

    public static WebApplication MapHealthNews(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Configuration.GetSection("ReverseProxy:KnownProxies").Exists() || app.Configuration.GetSection("ReverseProxy:KnownNetworks").Exists())
        {
            app.UseForwardedHeaders();
        }
        app.UseHealthNewsRequestLogging();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler(Urls.ErrorsPath);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute(Urls.ErrorsPath + "/{0}");
        app.UseRequestLocalization(); // the edition's culture, from the address (ADR-017); error pages re-executed below get it too
        // Public pages and assets are compressed; admin pages, which carry antiforgery tokens, are not (BREACH).
        app.UseWhen(context => !context.Request.Path.StartsWithSegments(Urls.Admin.Root), branch => branch.UseResponseCompression());
        app.UseStaticFiles(new StaticFileOptions
        {
            // Links carry ?v=<hash> (asp-append-version): such a file never changes, so browsers keep it for a year.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = file.Context.Request.Query.ContainsKey("v")
                ? "public, max-age=31536000, immutable"
                : "public, max-age=3600",
        });
        app.UseMiddleware<OldAddressMiddleware>(); // before the canonical form, so that an old address takes one redirect
        app.UseMiddleware<CanonicalAddressMiddleware>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<RequestLimitsMiddleware>(); // knows the action's body limit, and reads nothing for a visitor refused above
        app.UseOutputCache();

        app.MapHealthChecks(Urls.HealthLive, new() { Predicate = _ => false });
        app.MapHealthChecks(Urls.HealthReady, new() { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapControllers();
        return app;
    }

    // --urls, ASPNETCORE_URLS, "Urls" in appsettings, ASPNETCORE_HTTP_PORTS (set by .NET container images) and Kestrel
    // endpoints all arrive in configuration; only when none is there does the portal take its documented default.
    private static readonly string[] AddressKeys = ["urls", "http_ports", "https_ports"];

    private static void UseDefaultUrlUnlessChosen(WebApplicationBuilder builder)
    {
        var chosen = AddressKeys.Any(key => !string.IsNullOrWhiteSpace(builder.Configuration[key]))
            || builder.Configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!chosen)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
    }

    // Forwarded headers are believed only from the proxies an operator names; by default from nobody.
    private static void ConfigureTrustedProxies(ForwardedHeadersOptions options, ConfigurationManager configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }
        foreach (var network in configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
