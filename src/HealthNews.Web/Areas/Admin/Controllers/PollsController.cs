using HealthNews.Core.Common;
using HealthNews.Core.Polls;
using HealthNews.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.Areas.Admin.Controllers;

[Authorize(Policy = Policies.ManagePolls)]
public sealed class PollsController(PollAdmin admin, PollQueries polls) : AdminController
{
    [HttpGet(Urls.Admin.Polls)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await polls.ListAllAsync(cancellationToken));

    [HttpGet(Urls.Admin.PollCreate)]
    public IActionResult Create() => View("Edit", new PollFormModel { OptionsText = "\n" });

    [HttpPost(Urls.Admin.PollCreate)]
    public async Task<IActionResult> Create(PollFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (input, errors) = form.ToInput();
        var result = input is null ? CommandResult.Invalid(errors) : await admin.CreateAsync(input, Actor, cancellationToken);
        if (result.Succeeded)
        {
            Flash(result);
            return LocalRedirect(Urls.Admin.PollEdit(result.Id));
        }
        AddErrors(result);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", form);
    }

    [HttpGet(Urls.Admin.PollEditRoute)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var view = await polls.GetAsync(id, cancellationToken);
        return view is null ? NotFound() : View(PollFormModel.From(view));
    }

    [HttpPost(Urls.Admin.PollEditRoute)]
    public async Task<IActionResult> Edit(int id, PollFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (input, errors) = form.ToInput();
        var result = input is null ? CommandResult.Invalid(errors) : await admin.UpdateAsync(id, input, Actor, cancellationToken);
        if (result.Succeeded)
        {
            Flash(result);
            return LocalRedirect(Urls.Admin.PollEdit(id));
        }
        if (result.Status is CommandStatus.NotFound or CommandStatus.Forbidden)
        {
            return Refusal(result, Urls.Admin.Polls);
        }
        AddErrors(result);
        form.Id = id;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        form.HasVotes = (await polls.GetAsync(id, cancellationToken))?.Ballots > 0;
        return View(form);
    }

    [HttpPost(Urls.Admin.PollOpenRoute)]
    public async Task<IActionResult> Open(int id, CancellationToken cancellationToken) => Done(id, await admin.OpenAsync(id, Actor, cancellationToken));

    [HttpPost(Urls.Admin.PollCloseRoute)]
    public async Task<IActionResult> Close(int id, CancellationToken cancellationToken) => Done(id, await admin.CloseAsync(id, Actor, cancellationToken));

    [HttpPost(Urls.Admin.PollArchiveRoute)]
    public async Task<IActionResult> Archive(int id, CancellationToken cancellationToken) => Done(id, await admin.ArchiveAsync(id, Actor, cancellationToken));

    [HttpPost(Urls.Admin.PollFeatureRoute)]
    public async Task<IActionResult> Feature(int id, CancellationToken cancellationToken) => Done(id, await admin.FeatureAsync(id, Actor, cancellationToken));

    [HttpGet(Urls.Admin.PollResultsRoute)]
    public async Task<IActionResult> Results(int id, CancellationToken cancellationToken)
    {
        var view = await polls.GetAsync(id, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }
        var days = await polls.VotesPerDayAsync(id, cancellationToken);
        return View(new PollResultsPage(view, [.. days.Select(BallotsOnDay.From)]));
    }

    [HttpGet(Urls.Admin.PollResultsCsvRoute)]
    public async Task<IActionResult> ResultsCsv(int id, CancellationToken cancellationToken)
    {
        var csv = await polls.ExportCsvAsync(id, cancellationToken);
        return csv is null ? NotFound() : File(csv, "text/csv; charset=utf-8", $"ket-qua-tham-do-{id}.csv");
    }

    private IActionResult Done(int id, CommandResult result) => AfterCommand(result, Urls.Admin.PollEdit(id));
}
