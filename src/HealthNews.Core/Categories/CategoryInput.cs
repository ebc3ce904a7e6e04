namespace HealthNews.Core.Categories;

public sealed record CategoryInput(string Name, string? Slug, int? ParentId, int SortOrder);
