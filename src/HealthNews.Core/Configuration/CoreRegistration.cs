using HealthNews.Core.Articles;
using HealthNews.Core.Audit;
using HealthNews.Core.Caching;
using HealthNews.Core.Categories;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Polls;
using HealthNews.Core.Users;
using HealthNews.Core.Data;
using HealthNews.Core.Markdown;
using HealthNews.Core.Media;
using HealthNews.Core.SampleContent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace HealthNews.Core.Configuration;

public static class CoreRegistration
{
    public const string ConnectionStringName = "HealthNews";

    /// <summary>The database, the clock, the Markdown renderer, the media store and the reader-facing queries.</summary>
    public static IHostApplicationBuilder AddHealthNewsCore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<HealthNewsOptions>().BindConfiguration(HealthNewsOptions.SectionName)
            .Validate(o => o.LatestCount is > 0 and <= 100, "HealthNews:LatestCount phải từ 1 đến 100.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), "HealthNews:DataDirectory không được để trống.")
            .ValidateOnStart();

        var options = builder.Configuration.GetSection(HealthNewsOptions.SectionName).Get<HealthNewsOptions>() ?? new();
        var dataDirectory = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, options.DataDirectory));
        var database = ResolveDatabase(builder.Configuration, builder.Environment.ContentRootPath, dataDirectory);
        services.AddSingleton(database);
        // Interceptors registered by the host (tests count SQL commands with one) join every context.
        services.AddDbContextPool<HealthNewsDbContext>((sp, db) =>
        {
            database.Configure(db);
            db.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPublicCache, NoPublicCache>();
        services.AddMemoryCache();
        services.AddSingleton<PublicDataCache>();
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.AddSingleton<IMediaStore>(sp =>
            new FileSystemMediaStore(Path.Combine(dataDirectory, "media"), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<PublishedArticles>();
        services.AddScoped<CategoryDirectory>();
        services.AddScoped<PortalPages>();
        services.AddScoped<MediaLibrary>();
        services.AddOptions<NewsroomOptions>().BindConfiguration(NewsroomOptions.SectionName);
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.SectionName)
            .Validate(o => o.MaxUploadBytes > 0, "HealthNews:Media:MaxUploadBytes phải lớn hơn 0.");
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<ArticlePublishing>();
        services.AddScoped<NewsroomQueries>();
        services.AddScoped<MediaUploads>();
        services.AddScoped<CategoryAdmin>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<PollAdmin>();
        services.AddScoped<PollVoting>();
        services.AddScoped<PollQueries>();
        services.AddScoped<SampleContentLoader>();
        services.AddScoped<DatabaseInitializer>();
        return builder;
    }

    /// <summary>
    /// Reads the provider and connection string, failing with one clear message when they are wrong. A relative SQLite
    /// file is taken relative to the content root, whatever the current directory.
    /// </summary>
    public static DatabaseSettings ResolveDatabase(IConfiguration configuration, string contentRoot, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseOptions.Sqlite;
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        if (string.Equals(provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var sqlite = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? "" : connectionString);
            if (string.IsNullOrWhiteSpace(sqlite.DataSource))
            {
                sqlite.DataSource = Path.Combine(dataDirectory, "healthnews.db");
            }
            else if (sqlite.DataSource != ":memory:" && !Path.IsPathRooted(sqlite.DataSource))
            {
                sqlite.DataSource = Path.GetFullPath(Path.Combine(contentRoot, sqlite.DataSource));
            }
            return new DatabaseSettings(DatabaseOptions.Sqlite, sqlite.ToString());
        }
        if (string.Equals(provider, DatabaseOptions.PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new StartupException(
                    $"Database:Provider is PostgreSQL but ConnectionStrings:{ConnectionStringName} is missing " +
                    "(for example: Host=127.0.0.1;Port=5432;Database=healthnews;Username=healthnews;Password=...).");
            }
            return new DatabaseSettings(DatabaseOptions.PostgreSql, connectionString);
        }
        throw new StartupException(
            $"Database:Provider '{provider}' is unknown: use '{DatabaseOptions.Sqlite}' or '{DatabaseOptions.PostgreSql}'.");
    }
}

/// <summary>The database the portal was configured with.</summary>
public sealed record DatabaseSettings(string Provider, string ConnectionString)
{
    public bool IsSqlite => Provider == DatabaseOptions.Sqlite;

    public void Configure(DbContextOptionsBuilder options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (IsSqlite)
        {
            options.UseSqlite(ConnectionString).AddInterceptors(PlainSqliteConnections.Instance);
        }
        else
        {
            options.UseNpgsql(ConnectionString);
        }
    }

    /// <summary>Where the database is, for log lines: the SQLite file, or the PostgreSQL host, port and database; never a password.</summary>
    public string Describe()
    {
        if (IsSqlite)
        {
            return $"SQLite file {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
        }
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}";
    }

    // Keep the password out of logs and exception messages.
    public override string ToString() => Describe();
}
