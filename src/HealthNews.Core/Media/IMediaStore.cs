namespace HealthNews.Core.Media;

/// <summary>Where the bytes of uploaded files live. Keys are relative, forward-slash paths chosen by the store.</summary>
public interface IMediaStore
{
    /// <summary>Stores <paramref name="content"/> and returns its new key.</summary>
    Task<string> SaveAsync(Stream content, string fileName, CancellationToken cancellationToken = default);

    /// <summary>Opens the bytes at <paramref name="storageKey"/>, or null when they are gone.</summary>
    Stream? OpenRead(string storageKey);

    Task DeleteAsync(string storageKey, CancellationToken cancellationToken = default);
}
