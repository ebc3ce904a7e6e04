namespace HealthNews.Core.Configuration;

/// <summary>Which database the portal runs on, bound from the "Database" section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>The name under "ConnectionStrings" that holds the portal's database.</summary>
    public const string ConnectionStringName = "HealthNews";

    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";
    public const string SqlServer = "SqlServer";

    /// <summary>The provider names, for messages.</summary>
    public static readonly string[] Providers = [Sqlite, PostgreSql, SqlServer];

    /// <summary>The provider's own spelling of <paramref name="name"/>, read without regard to case; null when unknown.</summary>
    public static string? FindProvider(string? name) =>
        Array.Find(Providers, p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The known names, quoted, for a message.</summary>
    public static string ProviderList => string.Join(", ", Providers.Select(p => $"'{p}'"));

    public string Provider { get; set; } = Sqlite;

    /// <summary>The pool size of a server database when neither this setting nor the connection string names one.</summary>
    public const int DefaultMaxPoolSize = 40;

    /// <summary>How long a request waits for a pooled connection (or to connect) unless configured: brief, then 503.</summary>
    public const int DefaultConnectionTimeoutSeconds = 5;

    /// <summary>
    /// The most connections one web server opens to PostgreSQL or SQL Server (ADR-016): nodes × pool must stay below the
    /// server's <c>max_connections</c> minus a reserve. Null: the connection string's own value, else <see cref="DefaultMaxPoolSize"/>.
    /// Not used by SQLite.
    /// </summary>
    public int? MaxPoolSize { get; set; }

    /// <summary>
    /// Seconds a request waits for a free pooled connection before the reader is answered 503. Null: the connection
    /// string's own value, else <see cref="DefaultConnectionTimeoutSeconds"/>. Not used by SQLite.
    /// </summary>
    public int? ConnectionTimeoutSeconds { get; set; }
}
