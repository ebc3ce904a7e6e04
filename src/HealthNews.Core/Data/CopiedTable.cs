namespace HealthNews.Core.Data;

public sealed record CopiedTable(string Table, int Rows);
