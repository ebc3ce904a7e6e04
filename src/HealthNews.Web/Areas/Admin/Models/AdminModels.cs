using System.ComponentModel.DataAnnotations;
using System.Globalization;
using HealthNews.Core.Audit;
using HealthNews.Core.Articles;
using HealthNews.Core.Categories;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using HealthNews.Core.Text;
using HealthNews.Core.Users;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HealthNews.Web.Areas.Admin.Models;

public sealed class MediaUploadModel
{
    [Display(Name = "Tệp")]
    public IFormFile? File { get; set; }

    [Display(Name = "Mô tả ảnh (alt, bắt buộc với ảnh)")]
    public string? AltText { get; set; }

    [Display(Name = "Chú thích")]
    public string? Caption { get; set; }

    /// <summary>The largest file the portal takes, for the form to say; never bound from a post.</summary>
    [BindNever]
    public long MaxUploadBytes { get; set; }
}

public sealed record MediaPage(PagedList<MediaRow> Files, string? Query, MediaUploadModel Upload);

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

    /// <summary>The categories the form offers as parent: every one but this one; never bound from a post.</summary>
    [BindNever]
    public IReadOnlyList<SelectListItem> ParentChoices { get; private set; } = [];

    public CategoryInput ToInput() => new(Name ?? "", Slug, ParentId, SortOrder);

    public CategoryFormModel Offering(IEnumerable<(CategoryItem Category, int Depth)> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ParentChoices = Choices.Categories(categories.Where(c => c.Category.Id != Id));
        return this;
    }
}

/// <summary>The categories in menu order, indented by depth, beside the form that adds or edits one.</summary>
public sealed record CategoriesPage(IReadOnlyList<(CategoryItem Category, int Depth)> Categories, CategoryFormModel Form)
{
    public static CategoriesPage For(IReadOnlyList<(CategoryItem Category, int Depth)> categories, CategoryFormModel form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(categories, form.Offering(categories));
    }
}

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

/// <summary>The audit filters as typed; the days are Vietnam days, "yyyy-MM-dd".</summary>
public sealed class AuditFilterModel
{
    public string? User { get; set; }
    public string? Action { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public int Page { get; set; } = 1;

    /// <summary>Core's filter: from the start of <see cref="From"/> to the end of <see cref="To"/>, in UTC.</summary>
    public AuditFilter ToFilter() => new(User, Action, StartOf(From), StartOf(To)?.AddDays(1), Page);

    /// <summary>This trail at another page.</summary>
    public string PageUrl(int page) => Urls.Admin.AuditList(User, Action, From, To, page);

    private static DateTime? StartOf(string? day) =>
        DateTime.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? VietnamTime.ToUtc(local)
            : null;
}

public sealed record AuditPage(PagedList<AuditLine> Events, AuditFilterModel Filter);

/// <summary>A line of the audit trail, its time in Vietnam time.</summary>
public sealed record AuditLine(string OccurredAt, string UserName, string Action, string? EntityType, string? EntityId, string Details, string? IpAddress)
{
    public static PagedList<AuditLine> From(PagedList<AuditEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var lines = events.Items.Select(e => new AuditLine(VietnamTime.ListingDateLine(e.OccurredAtUtc), e.UserName, e.Action, e.EntityType, e.EntityId,
            e.Details, e.IpAddress));
        return new PagedList<AuditLine>([.. lines], events.Page, events.PageSize, events.TotalCount);
    }
}
