namespace HealthNews.Core.Text;

public sealed record DiffLine(DiffKind Kind, string Text);
