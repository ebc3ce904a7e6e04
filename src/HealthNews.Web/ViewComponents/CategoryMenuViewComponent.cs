using HealthNews.Core.Articles;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.ViewComponents;

/// <summary>The main menu: the top-level categories in their order.</summary>
public sealed class CategoryMenuViewComponent(CategoryDirectory categories) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var all = await categories.ListAllAsync(HttpContext.RequestAborted);
        var items = all.Where(c => c.ParentId is null).Select(c => new BreadcrumbItem(c.NameIn(Edition.Current.Language), Urls.Category(c.SlugIn(Edition.Current.Language)))).ToList();
        return View(items);
    }
}
