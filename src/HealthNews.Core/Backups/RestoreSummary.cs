namespace HealthNews.Core.Backups;

/// <summary>What <see cref="PortalBackup.RestoreAsync"/> restored, and where.</summary>
public sealed record RestoreSummary(string DataDirectory, string DatabaseFile, BackupManifest Manifest, TimeSpan Elapsed);
