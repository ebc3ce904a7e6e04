namespace HealthNews.Core.Media;

public sealed record DetectedType(string ContentType, string Extension, bool IsImage);
