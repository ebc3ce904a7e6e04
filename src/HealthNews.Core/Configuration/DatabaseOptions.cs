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
}
