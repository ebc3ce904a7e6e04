using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.ViewComponents;

/// <summary>
/// The sidebar block "Thăm dò ý kiến". Polls arrive with their own issue; until then the block says that no poll is
/// running, and its markup is the same for every visitor so that pages stay cacheable.
/// </summary>
public sealed class ActivePollViewComponent : ViewComponent
{
    public IViewComponentResult Invoke() => View();
}
