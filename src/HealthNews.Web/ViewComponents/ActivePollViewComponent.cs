using HealthNews.Core.Polls;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace HealthNews.Web.ViewComponents;

/// <summary>
/// The sidebar block "Thăm dò ý kiến": the featured poll as a plain form. Its markup is the same for every visitor (no
/// token, no "you voted" state), so that the pages around it stay cacheable; the poll's page says the rest after a vote.
/// On that poll's own page the block doesn't offer the same form a second time.
/// </summary>
public sealed class ActivePollViewComponent(PollQueries polls, TimeProvider clock, IStringLocalizer<PortalText> text) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int? pollOnPage = null)
    {
        var featured = await polls.GetFeaturedAsync(Edition.Current.Language, HttpContext.RequestAborted);
        return View(new ActivePollViewModel(featured is null ? null : PollViewModel.ForForm(featured, clock, text), featured is not null && featured.Id == pollOnPage));
    }
}
