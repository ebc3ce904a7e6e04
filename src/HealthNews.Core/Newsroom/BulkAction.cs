namespace HealthNews.Core.Newsroom;

/// <summary>What the article list's buttons do to every checked row, each through its own command.</summary>
public enum BulkAction
{
    Submit,
    Publish,
    Unpublish,
    Archive,
}
