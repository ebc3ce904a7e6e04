using HealthNews.Core.Common;
using HealthNews.Core.Markdown;
using HealthNews.Core.Newsroom;
using HealthNews.Core.Text;
using HealthNews.Web.Areas.Admin.Models;
using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace HealthNews.Web.Areas.Admin.Controllers;

/// <summary>
/// What the article editor's script asks while someone writes (ADR-012): the live preview, autosave, who else has the
/// article open, and the address a title gets. Answers are JSON, except the preview, which is the reader's page.
/// </summary>
[Authorize(Policy = Policies.Newsroom)]
public sealed class ArticleEditorController(
    ArticlePublishing publishing, NewsroomQueries queries, IMarkdownRenderer markdown, ArticleEditing editing, TimeProvider clock, PublicAddress addresses,
    IStringLocalizer<PortalText> text)
    : AdminController
{
    /// <summary>The editor's live preview: what is typed, unsaved, as readers would see it (a page for a sandboxed frame).</summary>
    [HttpPost(Urls.Admin.ArticleLivePreview)]
    public async Task<IActionResult> LivePreview(ArticleFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var article = form.Id > 0 ? await queries.GetForEditAsync(form.Id, cancellationToken) : null;
        var page = await queries.PreviewOfAsync(form.ToInput(), form.Id, article?.AuthorName ?? Actor.DisplayName, article?.PublishedAtUtc,
            article?.LiveSlug, cancellationToken);
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return new EditionResult(Edition.Of(page.Article.Language), () =>
            View("~/Views/Article/Show.cshtml", page.ToViewModel(markdown, text) with { IsPreview = true, IsLivePreview = true }));
    }

    /// <summary>The editor saves by itself while someone types: a new article becomes a draft with its first autosave.</summary>
    [HttpPost(Urls.Admin.ArticleCreateAutosave)]
    public async Task<IActionResult> AutosaveDraft(ArticleFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = await publishing.CreateAsync(form.ToInput(), Actor, cancellationToken);
        if (!result.Succeeded)
        {
            return Refused(result);
        }
        var created = await queries.GetForEditAsync(result.Id, cancellationToken);
        return await AutosavedAsync(result.Id, created!.ConcurrencyStamp, cancellationToken);
    }

    [HttpPost(Urls.Admin.ArticleAutosaveRoute)]
    public async Task<IActionResult> Autosave(int id, ArticleFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = await publishing.AutosaveAsync(id, form.ToInput(), form.ConcurrencyStamp, Actor, cancellationToken);
        return result.Succeeded ? await AutosavedAsync(id, result.Stamp!.Value, cancellationToken) : Refused(result);
    }

    /// <summary>The editor's heartbeat: notes who has the article open and answers who else does.</summary>
    [HttpPost(Urls.Admin.ArticleEditorsRoute)]
    public async Task<IActionResult> Editors(int id, bool leaving, CancellationToken cancellationToken)
    {
        if (await queries.GetForEditAsync(id, cancellationToken) is null)
        {
            return NotFound(new RefusalAnswer("Không tìm thấy bài viết này; có thể nó đã bị xoá."));
        }
        if (leaving)
        {
            await editing.LeaveAsync(id, Actor, cancellationToken);
            return Json(new EditorsAnswer([]));
        }
        return Json(EditorsAnswer.From(await editing.TouchAsync(id, Actor, cancellationToken)));
    }

    /// <summary>
    /// The address the article would get with this title (or typed slug) in the form's edition, by the same policy as
    /// saving: free among that edition's addresses, and shown as that edition's address.
    /// </summary>
    [HttpGet(Urls.Admin.ArticleSlugProposal)]
    public async Task<IActionResult> ProposeSlug(string? title, string? slug, int? id, [FromQuery(Name = Urls.Admin.LanguageQuery)] string? language,
        CancellationToken cancellationToken)
    {
        var known = ContentLanguage.IsKnown(language) ? language : null;
        var proposed = await queries.ProposeSlugAsync(title, slug, id, known, cancellationToken);
        var edition = Edition.Of(known ?? (id is { } articleId ? (await queries.GetForEditAsync(articleId, cancellationToken))?.Language : null));
        return Json(new SlugAnswer(proposed, string.IsNullOrEmpty(proposed) ? "" : addresses.For(Request, Urls.Article(proposed, edition))));
    }

    private async Task<IActionResult> AutosavedAsync(int id, Guid stamp, CancellationToken cancellationToken)
    {
        var others = await editing.TouchAsync(id, Actor, cancellationToken);
        var savedAt = VietnamTime.FromUtc(clock.GetUtcNow().UtcDateTime).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return Json(new AutosaveAnswer(id, savedAt, stamp, Urls.Admin.ArticleEdit(id), Urls.Admin.ArticleAutosave(id), Urls.Admin.ArticleEditors(id),
            EditorsAnswer.Describe(others)));
    }

    private JsonResult Refused(CommandResult result)
    {
        var answer = Json(new RefusalAnswer(result.Message ?? "Không lưu được.", result.Errors));
        answer.StatusCode = StatusCodeOf(result);
        return answer;
    }
}
