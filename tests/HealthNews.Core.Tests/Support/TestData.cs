using HealthNews.Core.Data;
using HealthNews.Core.Entities;

namespace HealthNews.Core.Tests.Support;

/// <summary>Small builders for the rows a test needs.</summary>
public static class TestData
{
    public static async Task<Category> AddCategoryAsync(this HealthNewsDbContext db, string name, string slug, int? parentId = null, int order = 0)
    {
        var category = new Category { Name = name, Slug = slug, ParentId = parentId, SortOrder = order };
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        return category;
    }

    public static async Task<Article> AddArticleAsync(
        this HealthNewsDbContext db, Category category, string title, DateTime? publishedAtUtc,
        ArticleStatus status = ArticleStatus.Published, string? slug = null, string? summary = "Tóm tắt.", string? body = null)
    {
        var now = publishedAtUtc ?? new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var article = new Article
        {
            Title = title,
            Slug = slug ?? HealthNews.Core.Text.VietnameseText.Slugify(title) + "-" + Guid.NewGuid().ToString("N")[..6],
            Summary = summary,
            Body = body ?? "Nội dung của " + title,
            CategoryId = category.Id,
            AuthorName = "Phóng viên",
            Status = status,
            PublishedAtUtc = publishedAtUtc,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        await TestServices.Rendering(db).RenderAsync(article); // as every writer of articles does
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article;
    }
}
