namespace HealthNews.Core.Entities;

/// <summary>
/// A free tag editors give articles ("sốt xuất huyết"), with its reader page at <c>/tag/{slug}</c>. Tags are made when an
/// article that names one is saved; the slug (folded, as articles' are) is what makes two spellings one tag.
/// </summary>
public class Tag
{
    public int Id { get; set; }

    /// <summary>The name as first written, shown to readers.</summary>
    public required string Name { get; set; }

    public required string Slug { get; set; }

    /// <summary>The name folded for matching (lower case, no tone marks, đ as d), like <see cref="Article.SearchKey"/>.</summary>
    public string SearchKey { get; set; } = "";
}
