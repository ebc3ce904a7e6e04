using HealthNews.Core.Articles;
using HealthNews.Core.Audit;
using HealthNews.Core.Backups;
using HealthNews.Core.Caching;
using HealthNews.Core.Categories;
using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using HealthNews.Core.Markdown;
using HealthNews.Core.Media;
using HealthNews.Core.Newsroom;
using HealthNews.Core.OldAddresses;
using HealthNews.Core.Polls;
using HealthNews.Core.SampleContent;
using HealthNews.Core.Search;
using HealthNews.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HealthNews.Core.Setup;

public static class CoreRegistration
{
    /// <summary>The database, the clock, the Markdown renderer, the media store and the reader-facing queries.</summary>
    public static IHostApplicationBuilder AddHealthNewsCore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<HealthNewsOptions>().BindConfiguration(HealthNewsOptions.SectionName)
            .Validate(o => o.LatestCount is > 0 and <= 100, "HealthNews:LatestCount phải từ 1 đến 100.")
            .Validate(o => o.SitemapUrlsPerFile is > 0 and <= 50_000, "HealthNews:SitemapUrlsPerFile phải từ 1 đến 50000.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), "HealthNews:DataDirectory không được để trống.")
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl)
                || (Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0),
                "HealthNews:PublicBaseUrl phải là một địa chỉ http(s) đầy đủ, không có truy vấn (ví dụ https://moh.gov.vn).")
            .ValidateOnStart();

        services.AddOptions<FooterOptions>().BindConfiguration(FooterOptions.SectionName)
            .Validate(o => o.HasValidLengths(),
                $"HealthNews:Footer: PortalName, AgencyName và Address không được để trống; mỗi mục tối đa {FooterOptions.MaxLength} ký tự.")
            .Validate(o => o.HasValidPhone(), "HealthNews:Footer:Phone chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang, ngoặc và dấu + ở đầu (ví dụ (024) 1234 5678).")
            .Validate(o => o.HasValidEmail(), "HealthNews:Footer:Email phải là một địa chỉ email (ví dụ ten@moh.gov.vn).")
            .ValidateOnStart();

        var options = builder.Configuration.GetSection(HealthNewsOptions.SectionName).Get<HealthNewsOptions>() ?? new();
        var dataDirectory = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, options.DataDirectory));
        var mediaDirectory = string.IsNullOrWhiteSpace(options.MediaDirectory)
            ? Path.Combine(dataDirectory, "media")
            : Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, options.MediaDirectory));
        var database = DatabaseSettings.Resolve(builder.Configuration, builder.Environment.ContentRootPath, dataDirectory);
        services.AddSingleton(database);
        // Interceptors registered by the host (tests count SQL commands with one) join every context.
        services.AddDbContextPool<HealthNewsDbContext>((sp, db) =>
        {
            database.Configure(db);
            db.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });

        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.TryAddSingleton<ITagVersions>(LocalTagVersions.Instance); // several nodes: the web host's Redis versions (ADR-015)
        services.AddSingleton<PublicDataCache>();
        services.AddSingleton<IPublicCache, PublicCache>();
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.AddSingleton<IMediaStore>(sp =>
            new FileSystemMediaStore(mediaDirectory, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new PortalBackup(dataDirectory, database, sp.GetRequiredService<TimeProvider>(), mediaDirectory));
        services.AddScoped<PublishedArticles>();
        services.AddScoped<CategoryDirectory>();
        services.AddScoped<PortalPages>();
        services.AddScoped<ArticleSearch>();
        services.AddScoped<OldAddressResolver>();
        services.AddScoped<OldAddressImport>();
        services.AddScoped<PortalFeeds>();
        services.AddScoped<MediaLibrary>();
        services.AddOptions<NewsroomOptions>().BindConfiguration(NewsroomOptions.SectionName);
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.SectionName)
            .Validate(o => o.MaxUploadBytes > 0, "HealthNews:Media:MaxUploadBytes phải lớn hơn 0.")
            .Validate(o => o.MaxImageMegapixels is > 0 and <= 400, "HealthNews:Media:MaxImageMegapixels phải từ 1 đến 400.")
            .Validate(o => o.ImageJobs > 0 && o.ImageJobs <= Environment.ProcessorCount,
                $"HealthNews:Media:ImageJobs phải từ 1 đến số lõi của máy ({Environment.ProcessorCount}).")
            .Validate(o => o.ImageJobTimeout > TimeSpan.Zero && o.ImageJobTimeout <= TimeSpan.FromMinutes(10),
                "HealthNews:Media:ImageJobTimeout phải lớn hơn 0 và không quá 10 phút (00:10:00).");
        services.AddSingleton<ImageProcessor>();
        services.AddScoped<MediaVariants>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<ArticleRendering>();
        services.AddScoped<ArticlePublishing>();
        services.AddScoped<NewsroomQueries>();
        services.AddScoped<ArticleEditing>();
        services.AddScoped<MediaUploads>();
        services.AddScoped<CategoryAdmin>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<PollAdmin>();
        services.AddScoped<PollVoting>();
        services.AddSingleton(sp => new BallotWriter(
            () => new HealthNewsDbContext(WriterOptions(sp, database)), sp.GetRequiredService<IPublicCache>(), sp.GetRequiredService<ILogger<BallotWriter>>()));
        services.AddScoped<PollQueries>();
        services.AddScoped<SampleContentLoader>();
        services.AddScoped<ContentGenerator>();
        services.AddScoped<DatabaseInitializer>();
        return builder;
    }

    // The ballot writer's own contexts, made as the pool makes its (same database, same interceptors), one per batch.
    private static DbContextOptions<HealthNewsDbContext> WriterOptions(IServiceProvider services, DatabaseSettings database)
    {
        var options = new DbContextOptionsBuilder<HealthNewsDbContext>();
        database.Configure(options);
        options.AddInterceptors(services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        return options.Options;
    }
}
