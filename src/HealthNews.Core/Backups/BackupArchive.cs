using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;

namespace HealthNews.Core.Backups;

/// <summary>Reading a backup archive (<c>.tar.gz</c>): which names it may hold, each entry's bytes, their SHA-256.</summary>
internal static class BackupArchive
{
    /// <summary>A manifest larger than this is not one a backup wrote (a million files list in about 150 MB).</summary>
    public const int MaxManifestBytes = 256 * 1024 * 1024;

    /// <summary>
    /// Whether <paramref name="name"/> is one a backup writes: the database, the manifest, or a file under <c>media/</c>
    /// whose path is plain and relative (no empty, "." or ".." segment, no backslash), so that no entry lands outside
    /// the data directory.
    /// </summary>
    public static bool IsExpectedName(string name) =>
        name is BackupManifest.DatabaseEntry or BackupManifest.EntryName
        || (name.StartsWith(BackupManifest.MediaPrefix, StringComparison.Ordinal)
            && !name.Contains('\\', StringComparison.Ordinal) && !name.Contains('\0', StringComparison.Ordinal)
            && name.Split('/').All(segment => segment is { Length: > 0 } and not "." and not ".."));

    /// <summary>
    /// Gives each entry's name and bytes to <paramref name="entry"/>, in the archive's order, then reads the gzip stream
    /// to its end so that its CRC-32 is checked too. A damaged or cut archive, or an entry a backup never writes, is
    /// a <see cref="BackupException"/>.
    /// </summary>
    public static async Task ReadAsync(string archive, Func<string, Stream, Task> entry, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = new FileStream(archive, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            await using (var tar = new TarReader(gzip, leaveOpen: true))
            {
                while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } next)
                {
                    if (next.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || !IsExpectedName(next.Name))
                    {
                        throw new BackupException(
                            $"Tệp sao lưu {archive} có mục “{next.Name}” ({next.EntryType}) mà lệnh backup không bao giờ ghi; không khôi phục tệp này.");
                    }
                    await entry(next.Name, next.DataStream ?? Stream.Null);
                }
            }
            await gzip.CopyToAsync(Stream.Null, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or ArgumentException)
        {
            throw new BackupException($"Tệp sao lưu {archive} bị hỏng hoặc không trọn vẹn: phần nén gzip hay cấu trúc tar không đọc được; không khôi phục.", e);
        }
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="destination"/> (<see cref="Stream.Null"/> to only hash it).</summary>
    public static async Task<(long Size, string Sha256)> CopyHashedAsync(Stream source, Stream destination, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long size = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            size += read;
        }
        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
