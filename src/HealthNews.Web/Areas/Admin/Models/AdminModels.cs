using System.ComponentModel.DataAnnotations;
using HealthNews.Core.Articles;
using HealthNews.Core.Categories;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using HealthNews.Core.Users;

namespace HealthNews.Web.Areas.Admin.Models;

public sealed class MediaUploadModel
{
    [Display(Name = "Tệp")]
    public IFormFile? File { get; set; }

    [Display(Name = "Mô tả ảnh (alt, bắt buộc với ảnh)")]
    public string? AltText { get; set; }

    [Display(Name = "Chú thích")]
    public string? Caption { get; set; }
}

public sealed record MediaPage(PagedList<MediaRow> Files, string? Query, long MaxUploadBytes, MediaUploadModel Upload);

public sealed class CategoryFormModel
{
    public int Id { get; set; }

    [Display(Name = "Tên chuyên mục")]
    public string Name { get; set; } = "";

    [Display(Name = "Đường dẫn (slug)")]
    public string? Slug { get; set; }

    [Display(Name = "Chuyên mục cha")]
    public int? ParentId { get; set; }

    [Display(Name = "Thứ tự")]
    public int SortOrder { get; set; }

    public CategoryInput ToInput() => new(Name ?? "", Slug, ParentId, SortOrder);
}

public sealed record CategoriesPage(IReadOnlyList<(CategoryItem Category, int Depth)> Categories, CategoryFormModel Form);

public sealed class UserFormModel
{
    [Display(Name = "Email")]
    public string? Email { get; set; }

    [Display(Name = "Tên hiển thị")]
    public string? DisplayName { get; set; }

    [Display(Name = "Vai trò")]
    public List<string> Roles { get; set; } = [];
}

public sealed record UsersPage(IReadOnlyList<UserRow> Users, UserFormModel Form, string? OneTimeMessage);

public sealed class AuditFilterModel
{
    public string? User { get; set; }
    public string? Action { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record AuditPage(PagedList<AuditEvent> Events, AuditFilterModel Filter);
