using System.Globalization;
using HealthNews.Core.Articles;
using HealthNews.Core.Common;
using HealthNews.Core.Newsroom;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HealthNews.Web.Areas.Admin.Models;

/// <summary>The options of the admin forms' lists, each written one way everywhere it is offered.</summary>
public static class Choices
{
    /// <summary>Categories in menu order, a sub-category indented by one dash per level: "— Điểm tin".</summary>
    public static List<SelectListItem> Categories(IEnumerable<(CategoryItem Category, int Depth)> categories) =>
        [.. categories.Select(c => new SelectListItem((c.Depth > 0 ? new string('—', c.Depth) + " " : "") + c.Category.Name, Value(c.Category.Id)))];

    public static List<SelectListItem> Media(IEnumerable<MediaOption> files) =>
        [.. files.Select(f => new SelectListItem(f.FileName, Value(f.Id)))];

    /// <summary>Recent published articles to add to "Tin liên quan": "Tiêu đề (dd/MM/yyyy HH:mm)".</summary>
    public static List<SelectListItem> RelatedArticles(IEnumerable<RelatedOption> articles) =>
        [.. articles.Select(a => new SelectListItem(RelatedPickLine.From(a).Text, Value(a.Id)))];

    /// <summary>The editions by their Vietnamese names: "Tiếng Việt" (vi), "Tiếng Anh" (en).</summary>
    public static List<SelectListItem> Languages() =>
        [.. ContentLanguage.All.Select(language => new SelectListItem(ContentLanguage.VietnameseName(language), language))];

    private static string Value(int id) => id.ToString(CultureInfo.InvariantCulture);
}
