using System.Text.Encodings.Web;
using System.Text.Json;

namespace HealthNews.Core.Backups;

/// <summary>
/// The <c>manifest.json</c> of a backup archive: when the database was snapshotted (UTC), by which portal and at which
/// migration, how many rows each table held, and every file of the archive with its length and SHA-256, so that a
/// restore proves the archive whole before writing anything. <see cref="MissingMediaFiles"/> lists media the snapshot's
/// rows name but the media folder no longer held when it was copied (deleted during the backup).
/// </summary>
public sealed record BackupManifest(
    int Format,
    DateTime CreatedAtUtc,
    string PortalVersion,
    string? MigrationId,
    IReadOnlyDictionary<string, long> TableRows,
    IReadOnlyList<BackupFile> Files,
    IReadOnlyList<string> MissingMediaFiles)
{
    /// <summary>The manifest's own layout; a restore refuses a format it does not know.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The manifest's name in the archive; it is the last entry, written once every file has been hashed.</summary>
    public const string EntryName = "manifest.json";

    /// <summary>The database snapshot's name in the archive (a SQLite file in rollback-journal mode).</summary>
    public const string DatabaseEntry = "healthnews.db";

    /// <summary>The media folder's files are archived under this prefix, with their storage keys after it.</summary>
    public const string MediaPrefix = "media/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file for people and tools, never put into a page
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>The manifest in <paramref name="json"/>, or null when it is not one this portal can read.</summary>
    public static BackupManifest? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(json, Json);
            return manifest is { Format: CurrentFormat, PortalVersion: not null, TableRows: not null, Files: not null, MissingMediaFiles: not null }
                && manifest.Files.All(f => f is { Path: not null, Sha256: not null })
                ? manifest
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
