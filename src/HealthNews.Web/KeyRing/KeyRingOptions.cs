namespace HealthNews.Web.KeyRing;

/// <summary>The Data Protection key ring's settings, bound from "DataProtection" (ADR-016).</summary>
public sealed class KeyRingOptions
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string SectionName = "DataProtection";

    /// <summary>The application name every web server gives Data Protection, so that they all read one key ring.</summary>
    public const string ApplicationName = "HealthNews";

    /// <summary>The shortest key secret accepted.</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>
    /// The secret the key ring is encrypted under in the database (AES-256-GCM, key derived by HKDF). Required in
    /// Production on PostgreSQL and SQL Server; optional on SQLite, whose keys sit beside the data they protect. At least
    /// <see cref="MinimumSecretLength"/> random characters, the same on every web server; never a default.
    /// </summary>
    public string? KeySecret { get; set; }
}
