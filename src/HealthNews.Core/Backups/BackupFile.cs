namespace HealthNews.Core.Backups;

/// <summary>One file of a backup archive, as its manifest lists it: the path inside the archive, its length and SHA-256 (hex).</summary>
public sealed record BackupFile(string Path, long Size, string Sha256);
