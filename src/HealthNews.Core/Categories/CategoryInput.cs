namespace HealthNews.Core.Categories;

public sealed record CategoryInput(string Name, string? Slug, int? ParentId, int SortOrder)
{
    /// <summary>The name in the English edition; left empty, the Vietnamese name.</summary>
    public string? EnglishName { get; init; }

    /// <summary>
    /// The address in the English edition, normalised like the Vietnamese slug; left empty, made from the English name
    /// when one is given, else the Vietnamese slug (a category being edited keeps the one it has).
    /// </summary>
    public string? EnglishSlug { get; init; }
}
