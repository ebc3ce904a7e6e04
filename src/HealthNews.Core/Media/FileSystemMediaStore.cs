using HealthNews.Core.Text;

namespace HealthNews.Core.Media;

/// <summary>Files under a folder outside <c>wwwroot</c>: <c>{root}/{yyyy}/{MM}/{random}-{safe-name}</c>.</summary>
public sealed class FileSystemMediaStore(string rootDirectory, TimeProvider clock) : IMediaStore
{
    private readonly string _root = Path.GetFullPath(rootDirectory);

    public async Task<string> SaveAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var now = clock.GetUtcNow();
        var key = $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}-{SafeFileName(fileName)}";
        // On disk before the row that names it commits (the database flushes its commit): after a power cut, a library
        // row must still find its bytes. A crash before then leaves at most a temporary file that no row names.
        await WriteThenRenameAsync(PathFor(key), file => content.CopyToAsync(file, cancellationToken), cancellationToken);
        return key;
    }

    public Stream? OpenRead(string storageKey)
    {
        var path = PathFor(storageKey);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    public async Task<bool> SaveAtAsync(string storageKey, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var path = PathFor(storageKey);
        if (File.Exists(path))
        {
            return false;
        }
        try
        {
            await WriteThenRenameAsync(path, file => file.WriteAsync(content, cancellationToken).AsTask(), cancellationToken);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false; // another upload of the same picture (on this web server or another) stored the same bytes first
        }
    }

    // Written beside, flushed, then renamed into place: whoever reads the folder (this web server or another sharing it,
    // ADR-016) sees a whole file or none, and a crash or a full disk leaves no torn file under a real name.
    private static async Task WriteThenRenameAsync(string path, Func<FileStream, Task> write, CancellationToken cancellationToken)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                try
                {
                    await using var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                    await write(file);
                    cancellationToken.ThrowIfCancellationRequested();
                    file.Flush(flushToDisk: true);
                    break;
                }
                catch (DirectoryNotFoundException) when (attempt == 1)
                {
                    // the folder's last file was deleted meanwhile, and the folder with it: make it again
                }
            }
            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            try
            {
                File.Delete(temporary);
            }
            catch (IOException)
            {
                // the first failure is the one to report
            }
        }
    }

    public bool Exists(string storageKey) => File.Exists(PathFor(storageKey));

    public long? LengthOf(string storageKey) => new FileInfo(PathFor(storageKey)) is { Exists: true } file ? file.Length : null;

    /// <summary>Removes the bytes (and their folder once empty, for variants); bytes that are already gone are not an error.</summary>
    public Task DeleteAsync(string storageKey, CancellationToken cancellationToken = default)
    {
        var path = PathFor(storageKey);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        var folder = Path.GetDirectoryName(path)!;
        if (storageKey.StartsWith("variants/", StringComparison.Ordinal) && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            try
            {
                Directory.Delete(folder);
            }
            catch (IOException)
            {
                // a file arrived meanwhile (the same picture uploaded again): the folder stays
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>A file name that can't climb out of its folder or surprise a shell: folded ASCII, one extension.</summary>
    public static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        var extension = VietnameseText.Slugify(Path.GetExtension(name).TrimStart('.'), 10);
        var stem = VietnameseText.Slugify(Path.GetFileNameWithoutExtension(name), 60);
        return string.IsNullOrEmpty(Path.GetExtension(name)) ? stem : $"{stem}.{extension}";
    }

    private string PathFor(string storageKey)
    {
        var path = Path.GetFullPath(Path.Combine(_root, storageKey));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("The storage key points outside the media folder.", nameof(storageKey));
        }
        return path;
    }
}
