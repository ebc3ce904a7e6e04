using HealthNews.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace HealthNews.Web.KeyRing;

/// <summary>
/// Data Protection (sign-in cookies, antiforgery tokens, the vote message cookie) with one key ring for every web server
/// (ADR-016): stored in the portal's database, under one application name, encrypted by <c>DataProtection:KeySecret</c>.
/// </summary>
public static class KeyRingSetup
{
    /// <summary>Registers Data Protection over the database's key ring, and the key secret's checks at start-up.</summary>
    /// <param name="builder">The web application's builder.</param>
    public static WebApplicationBuilder AddSharedKeyRing(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<KeyRingOptions>().BindConfiguration(KeyRingOptions.SectionName)
            .Validate(o => string.IsNullOrWhiteSpace(o.KeySecret) || KeySecret.TryCreate(o.KeySecret) is not null,
                $"DataProtection:KeySecret phải dài ít nhất {KeyRingOptions.MinimumSecretLength} ký tự (ví dụ: openssl rand -base64 48).")
            .Validate<DatabaseSettings, IHostEnvironment>((o, database, environment) => !SecretRequired(database, environment) || !string.IsNullOrWhiteSpace(o.KeySecret),
                "DataProtection:KeySecret là bắt buộc khi chạy Production trên PostgreSQL hoặc SQL Server: đặt cùng một chuỗi ngẫu nhiên " +
                $"ít nhất {KeyRingOptions.MinimumSecretLength} ký tự cho mọi máy chủ web (ví dụ: openssl rand -base64 48).")
            .ValidateOnStart();

        services.AddDataProtection()
            .SetApplicationName(KeyRingOptions.ApplicationName)
            .PersistKeysToDbContext<HealthNewsDbContext>();
        var secret = KeySecret.TryCreate(builder.Configuration.GetSection(KeyRingOptions.SectionName).Get<KeyRingOptions>()?.KeySecret);
        if (secret is not null)
        {
            services.AddSingleton(secret);
            services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new KeySecretXmlEncryptor(secret));
        }
        return builder;
    }

    /// <summary>
    /// Reads the key ring, making its first key when there is none: called while the node holds the migration lock, so
    /// that web servers starting together on an empty database share one key rather than each making its own.
    /// </summary>
    /// <param name="services">The application's services.</param>
    public static Task LoadKeyRingAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _ = services.GetRequiredService<IDataProtectionProvider>().CreateProtector("HealthNews.Startup").Protect([1]);
        return Task.CompletedTask;
    }

    // On a server database the keys sit apart from the web servers, often on another machine and in its backups: they are
    // encrypted. A SQLite file holds the keys beside the data and the accounts they protect, with the same trust.
    private static bool SecretRequired(DatabaseSettings database, IHostEnvironment environment) =>
        environment.IsProduction() && !database.IsSqlite;
}
