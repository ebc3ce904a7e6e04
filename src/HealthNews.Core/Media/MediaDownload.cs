namespace HealthNews.Core.Media;

/// <summary>A stored file as it is served: its name, type, size and where its bytes are.</summary>
public sealed record MediaDownload(int Id, string FileName, string ContentType, long SizeBytes, string StorageKey, DateTime CreatedAtUtc,
    string? Variants = null)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
