namespace HealthNews.Core.Newsroom;

/// <summary>The article list's columns it can be sorted by; the list opens on <see cref="Updated"/>, newest first.</summary>
public enum ArticleSort
{
    Updated,
    Title,
    Status,
    Category,
    Author,
    Published,
}
