using System.ComponentModel.DataAnnotations;
using System.Globalization;
using HealthNews.Core.Articles;
using HealthNews.Core.Audit;
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

    [Display(Name = "Tên tiếng Anh")]
    public string? EnglishName { get; set; }

    [Display(Name = "Đường dẫn tiếng Anh")]
    public string? EnglishSlug { get; set; }

    [Display(Name = "Chuyên mục cha")]
    public int? ParentId { get; set; }

    [Display(Name = "Thứ tự")]
    public int SortOrder { get; set; }

    /// <summary>The categories the form offers as parent: every one but this one; never bound from a post.</summary>
    [BindNever]
    public IReadOnlyList<SelectListItem> ParentChoices { get; private set; } = [];

    public CategoryInput ToInput() => new(Name ?? "", Slug, ParentId, SortOrder) { EnglishName = EnglishName, EnglishSlug = EnglishSlug };

    /// <summary>The form filled with a category as it is.</summary>
    public static CategoryFormModel From(CategoryItem category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return new()
        {
            Id = category.Id, Name = category.Name, Slug = category.Slug, EnglishName = category.EnglishName, EnglishSlug = category.EnglishSlug,
            ParentId = category.ParentId, SortOrder = category.SortOrder,
        };
    }

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

/// <summary>The audit filters as typed: a person (account id), an action code, and Vietnam days "yyyy-MM-dd".</summary>
public sealed class AuditFilterModel
{
    private const string DayFormat = "yyyy-MM-dd";

    public string? UserId { get; set; }
    public string? Action { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public int Page { get; set; } = 1;

    // What the filters offer; never bound from the query.
    [BindNever]
    public IReadOnlyList<SelectListItem> PersonChoices { get; private set; } = [];

    /// <summary>Every action, by its Vietnamese name, grouped as the admin menu is.</summary>
    public static IReadOnlyList<SelectListItem> ActionChoices { get; } = BuildActionChoices();

    /// <summary>What is wrong with the typed days, in Vietnamese; empty when nothing is.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            var errors = new List<string>();
            if (!string.IsNullOrWhiteSpace(From) && Day(From) is null)
            {
                errors.Add("“Từ ngày” không phải là một ngày hợp lệ; bộ lọc này đã được bỏ qua.");
            }
            if (!string.IsNullOrWhiteSpace(To) && Day(To) is null)
            {
                errors.Add("“Đến ngày” không phải là một ngày hợp lệ; bộ lọc này đã được bỏ qua.");
            }
            if (Day(From) is { } from && Day(To) is { } to && from > to)
            {
                errors.Add("“Từ ngày” ở sau “Đến ngày”: không có sự kiện nào trong khoảng này.");
            }
            return errors;
        }
    }

    /// <summary>Core's filter: from the start of <see cref="From"/> to the end of <see cref="To"/> (Vietnam days), in UTC.</summary>
    public AuditFilter ToFilter() => new(UserId, Action, StartOf(From), StartOf(To)?.AddDays(1), Page);

    /// <summary>The people the "who" filter offers.</summary>
    public AuditFilterModel Offering(IEnumerable<AuditPerson> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        PersonChoices = [.. people.Select(p => new SelectListItem(p.Name, p.Id))];
        return this;
    }

    /// <summary>This trail at another page.</summary>
    public string PageUrl(int page) => Urls.Admin.AuditList(UserId, Action, From, To, page);

    private static DateTime? Day(string? day) =>
        DateTime.TryParseExact(day?.Trim(), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? local : null;

    private static DateTime? StartOf(string? day) => Day(day) is { } local ? VietnamTime.ToUtc(local) : null;

    private static List<SelectListItem> BuildActionChoices()
    {
        var groups = new Dictionary<string, SelectListGroup>(StringComparer.Ordinal);
        return [.. AuditActionNames.All.Select(a => new SelectListItem(a.Name, a.Code)
        {
            Group = groups.TryGetValue(a.Group, out var group) ? group : groups[a.Group] = new SelectListGroup { Name = a.Group },
        })];
    }
}

public sealed record AuditPage(PagedList<AuditLine> Events, AuditFilterModel Filter);

/// <summary>
/// A line of the audit trail in words: its time in Vietnam time, the action's Vietnamese name, and what it is about by its
/// name, linked to it (an article to its form, a poll to its page, a person to the users page) while it exists.
/// </summary>
public sealed record AuditLine(string OccurredAt, string UserName, string Action, string ActionCode, string? ObjectKind, string? ObjectName,
    string? ObjectUrl, string Details, string? IpAddress)
{
    public static PagedList<AuditLine> From(PagedList<AuditRow> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return new PagedList<AuditLine>([.. events.Items.Select(From)], events.Page, events.PageSize, events.TotalCount);
    }

    public static AuditLine From(AuditRow e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var exists = e.ObjectName is not null;
        // Gone (purged, deleted): the name the event recorded, if it recorded one, marked as gone.
        var name = exists ? e.ObjectName : e.EntityType is null ? null : string.IsNullOrEmpty(e.Details) ? "(đã xoá)" : e.Details + " (đã xoá)";
        var url = exists ? ObjectAddress(e.EntityType!, e.EntityId!) : null;
        var details = exists && e.Details == e.ObjectName ? "" : !exists && e.EntityType is not null ? "" : e.Details;
        return new AuditLine(VietnamTime.ListingDateLine(e.OccurredAtUtc), e.UserName, AuditActionNames.For(e.Action), e.Action,
            AuditActionNames.Kind(e.EntityType), name, url, details, e.IpAddress);
    }

    private static string? ObjectAddress(string type, string id)
    {
        var number = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return type switch
        {
            nameof(Article) when number > 0 => Urls.Admin.ArticleEdit(number),
            nameof(Poll) when number > 0 => Urls.Admin.PollEdit(number),
            nameof(Category) when number > 0 => Urls.Admin.CategoryEdit(number),
            nameof(MediaFile) => Urls.Admin.Media,
            nameof(AppUser) => Urls.Admin.User(id),
            _ => null,
        };
    }
}
