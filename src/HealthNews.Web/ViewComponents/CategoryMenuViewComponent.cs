using HealthNews.Core.Articles;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.ViewComponents;

/// <summary>
/// The main menu: the top-level categories in their order, in the edition's names. The Vietnamese edition is the whole
/// portal and shows every section; the English edition carries a few items and shows the sections that have some (ADR-017).
/// </summary>
public sealed class CategoryMenuViewComponent(CategoryDirectory categories, PortalPages pages) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var edition = Edition.Current;
        var all = await categories.ListAllAsync(HttpContext.RequestAborted);
        var shown = edition.IsEnglish ? await pages.ListCategoriesWithNewsAsync(edition.Language, HttpContext.RequestAborted) : null;
        var items = all.Where(c => c.ParentId is null && (shown is null || shown.Contains(c.Id)))
            .Select(c => new BreadcrumbItem(c.NameIn(edition.Language), Urls.Category(c.SlugIn(edition.Language)))).ToList();
        return View(items);
    }
}
