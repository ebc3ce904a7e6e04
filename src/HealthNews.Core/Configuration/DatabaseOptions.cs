namespace HealthNews.Core.Configuration;

/// <summary>Which database the portal runs on, bound from the "Database" section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";

    public string Provider { get; set; } = Sqlite;
}
