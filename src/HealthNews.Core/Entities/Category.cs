namespace HealthNews.Core.Entities;

/// <summary>A section of the portal, such as "Hoạt động của lãnh đạo Bộ". Categories nest.</summary>
public class Category
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    /// <summary>The category's name in the English edition.</summary>
    public string EnglishName { get; set; } = "";

    /// <summary>The category's address in the English edition ("/en/category/{slug}"), unique among English slugs.</summary>
    public string EnglishSlug { get; set; } = "";
    public int? ParentId { get; set; }
    public Category? Parent { get; set; }
    public List<Category> Children { get; } = [];
    public int SortOrder { get; set; }
}
