namespace HealthNews.Core.Media;

/// <summary>How an image loads: lazily below the fold, at once and first for the lead image.</summary>
public enum ImageLoading
{
    Lazy,
    Eager,
    Lead,
}
