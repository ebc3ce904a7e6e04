using HealthNews.Core.Categories;
using HealthNews.Core.Common;
using HealthNews.Core.Newsroom;
using HealthNews.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.Areas.Admin.Controllers;

[Authorize(Policy = Policies.ManageCategories)]
public sealed class CategoriesController(CategoryAdmin categories, NewsroomQueries queries) : AdminController
{
    [HttpGet(Urls.Admin.Categories)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(CategoriesPage.For((await queries.GetFormOptionsAsync(cancellationToken)).Categories, new CategoryFormModel()));

    [HttpPost(Urls.Admin.Categories)]
    public async Task<IActionResult> Create(CategoryFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = await categories.CreateAsync(form.ToInput(), Actor, cancellationToken);
        if (result.Succeeded)
        {
            Flash(result);
            return LocalRedirect(Urls.Admin.Categories);
        }
        AddErrors(result);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", CategoriesPage.For((await queries.GetFormOptionsAsync(cancellationToken)).Categories, form));
    }

    [HttpGet(Urls.Admin.CategoryEditRoute)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var options = await queries.GetFormOptionsAsync(cancellationToken);
        var category = options.Categories.Select(c => c.Category).FirstOrDefault(c => c.Id == id);
        if (category is null)
        {
            return NotFound();
        }
        return View(CategoriesPage.For(options.Categories, CategoryFormModel.From(category)));
    }

    [HttpPost(Urls.Admin.CategoryEditRoute)]
    public async Task<IActionResult> Edit(int id, CategoryFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = await categories.UpdateAsync(id, form.ToInput(), Actor, cancellationToken);
        if (result.Succeeded)
        {
            Flash(result);
            return LocalRedirect(Urls.Admin.Categories);
        }
        if (result.Status is CommandStatus.NotFound or CommandStatus.Forbidden)
        {
            return Refusal(result, Urls.Admin.Categories);
        }
        AddErrors(result);
        form.Id = id;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(CategoriesPage.For((await queries.GetFormOptionsAsync(cancellationToken)).Categories, form));
    }

    [HttpPost(Urls.Admin.CategoryDeleteRoute)]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var result = await categories.DeleteAsync(id, Actor, cancellationToken);
        return AfterCommand(result, Urls.Admin.Categories);
    }
}
