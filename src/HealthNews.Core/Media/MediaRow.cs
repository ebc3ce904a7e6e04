namespace HealthNews.Core.Media;

public sealed record MediaRow(int Id, string FileName, string ContentType, long SizeBytes, string? AltText, string? Caption, DateTime CreatedAtUtc)
{
    public string Url => MediaUrls.For(Id, FileName);

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
