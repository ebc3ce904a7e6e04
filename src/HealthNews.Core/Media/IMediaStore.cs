namespace HealthNews.Core.Media;

/// <summary>Where the bytes of uploaded files live. Keys are relative, forward-slash paths chosen by the store.</summary>
public interface IMediaStore
{
    /// <summary>Stores <paramref name="content"/> and returns its new key.</summary>
    Task<string> SaveAsync(Stream content, string fileName, CancellationToken cancellationToken = default);

    /// <summary>Opens the bytes at <paramref name="storageKey"/>, or null when they are gone.</summary>
    Stream? OpenRead(string storageKey);

    /// <summary>
    /// Stores <paramref name="content"/> under a key the caller chose (content-addressed variants); all or nothing, never
    /// a half-written file. Returns false, writing nothing, when the key already holds bytes.
    /// </summary>
    Task<bool> SaveAtAsync(string storageKey, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    bool Exists(string storageKey);

    /// <summary>How many bytes <paramref name="storageKey"/> holds, or null when it holds none.</summary>
    long? LengthOf(string storageKey);

    Task DeleteAsync(string storageKey, CancellationToken cancellationToken = default);
}
