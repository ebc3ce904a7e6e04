namespace HealthNews.Core.Backups;

/// <summary>What <see cref="PortalBackup.BackupAsync"/> wrote: the archive, its length in bytes and its manifest.</summary>
public sealed record BackupSummary(string ArchivePath, long ArchiveBytes, BackupManifest Manifest, TimeSpan Elapsed);
