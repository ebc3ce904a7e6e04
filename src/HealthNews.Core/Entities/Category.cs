namespace HealthNews.Core.Entities;

/// <summary>A section of the portal, such as "Hoạt động của lãnh đạo Bộ". Categories nest.</summary>
public class Category
{
    private string? _englishName;
    private string? _englishSlug;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }

    /// <summary>The category's name in the English edition; the Vietnamese name until one is given.</summary>
    public string EnglishName { get => _englishName ?? Name; set => _englishName = value; }

    /// <summary>
    /// The category's address in the English edition ("/en/category/{slug}"), unique among English slugs; the Vietnamese
    /// slug until one is given (as the migration filled existing rows), so a category made without one stays unique.
    /// </summary>
    public string EnglishSlug { get => _englishSlug ?? Slug; set => _englishSlug = value; }

    public int? ParentId { get; set; }
    public Category? Parent { get; set; }
    public List<Category> Children { get; } = [];
    public int SortOrder { get; set; }
}
