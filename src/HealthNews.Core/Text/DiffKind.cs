namespace HealthNews.Core.Text;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}
