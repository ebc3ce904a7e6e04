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

    public string Provider { get; set; } = Sqlite;
}
