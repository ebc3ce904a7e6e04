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

[Authorize(Policy = Policies.Newsroom)]
public sealed class ArticlesController(ArticlePublishing publishing, NewsroomQueries queries, IMarkdownRenderer markdown, ArticleEditing editing,
    IStringLocalizer<PortalText> text)
    : AdminController
{
    [HttpGet(Urls.Admin.Articles)]
    public async Task<IActionResult> Index([FromQuery] ArticleFilterModel filter, CancellationToken cancellationToken)
    {
        filter ??= new ArticleFilterModel();
        var list = await queries.ListAsync(filter.ToFilter(), cancellationToken);
        filter.Offering(await queries.GetFormOptionsAsync(cancellationToken), await queries.ListAuthorsAsync(cancellationToken));
        return View(new ArticleListPage(ArticleListRow.From(list), filter, Actor.CanPublish));
    }

    /// <summary>
    /// The list's bulk buttons: each checked article goes through its own command, so a row the person may not act on is
    /// refused with its reason and the others go through; one message sums it up on the list they came from.
    /// </summary>
    [HttpPost(Urls.Admin.ArticleBulk)]
    public async Task<IActionResult> Bulk(BulkFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = form.Action is { } action
            ? (await publishing.BulkAsync(action, form.Ids, Actor, cancellationToken)).Result
            : CommandResult.Invalid(BulkFormModel.OperationField, "Hãy chọn một thao tác: gửi duyệt, xuất bản, gỡ bài hoặc lưu trữ.");
        Flash(result);
        return LocalRedirect(form.ListUrl);
    }

    [HttpGet(Urls.Admin.ArticleCreate)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await PageAsync(new ArticleFormModel(), null, cancellationToken));

    [HttpPost(Urls.Admin.ArticleCreate)]
    public async Task<IActionResult> Create(ArticleFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = await publishing.CreateAsync(form.ToInput(), Actor, cancellationToken);
        if (result.Succeeded)
        {
            Flash(result);
            return LocalRedirect(Urls.Admin.ArticleEdit(result.Id));
        }
        if (result.Status == CommandStatus.Forbidden)
        {
            return Refusal(result, Urls.Admin.Articles);
        }
        AddErrors(result);
        if (result.Status == CommandStatus.StorageFull)
        {
            Response.StatusCode = StatusCodes.Status507InsufficientStorage; // what was typed stays on screen
        }
        return View("Edit", await PageAsync(form, null, cancellationToken));
    }

    [HttpGet(Urls.Admin.ArticleEditRoute)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var article = await queries.GetForEditAsync(id, cancellationToken);
        return article is null ? NotFound() : View(await PageAsync(ArticleFormModel.From(article), article, cancellationToken));
    }


    [HttpPost(Urls.Admin.ArticleEditRoute)]
    public async Task<IActionResult> Edit(int id, ArticleFormModel form, string? next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = await publishing.SaveAsync(id, form.ToInput(), form.ConcurrencyStamp, Actor, cancellationToken);
        if (result.Succeeded)
        {
            Flash(result);
            return LocalRedirect(next == "xem-truoc" ? Urls.Admin.ArticlePreview(id) : Urls.Admin.ArticleEdit(id));
        }
        if (result.Status is CommandStatus.NotFound or CommandStatus.Forbidden)
        {
            return Refusal(result, Urls.Admin.Articles);
        }
        // Refused (invalid, saved by someone else meanwhile, or a full disk): everything typed stays on screen.
        AddErrors(result);
        form.Id = id;
        var article = await queries.GetForEditAsync(id, cancellationToken);
        if (result.Status is CommandStatus.Conflict or CommandStatus.StorageFull)
        {
            Response.StatusCode = StatusCodeOf(result);
        }
        return View(await PageAsync(form, article, cancellationToken));
    }

    /// <summary>
    /// The "Tin liên quan" picker's search-as-you-type (JSON): visible articles of the edited article's edition (Vietnamese
    /// when the script names none) whose title or summary holds the words, with or without tone marks, newest first, at
    /// most 10, never the article being edited.
    /// </summary>
    [HttpGet(Urls.Admin.ArticleRelatedSearch)]
    public async Task<IActionResult> SearchRelated([FromQuery(Name = Urls.Admin.RelatedSearchQuery)] string? query,
        [FromQuery(Name = Urls.Admin.RelatedSearchExcept)] int? exceptId, [FromQuery(Name = Urls.Admin.LanguageQuery)] string? language,
        CancellationToken cancellationToken)
    {
        var found = await queries.SearchRelatedAsync(query, exceptId, ContentLanguage.OrDefault(language), cancellationToken: cancellationToken);
        return Json(found.Select(RelatedSearchResult.From).ToList());
    }

    /// <summary>
    /// The "Bản dịch của" picker's search (JSON): articles in the other language than the edited one's that may be its
    /// original (not translations themselves, not translated by another article), newest first, at most 10.
    /// </summary>
    [HttpGet(Urls.Admin.ArticleOriginalSearch)]
    public async Task<IActionResult> SearchOriginals([FromQuery(Name = Urls.Admin.RelatedSearchQuery)] string? query,
        [FromQuery(Name = Urls.Admin.RelatedSearchExcept)] int? exceptId, [FromQuery(Name = Urls.Admin.LanguageQuery)] string? language,
        CancellationToken cancellationToken)
    {
        var found = await queries.SearchOriginalsAsync(query, ContentLanguage.Other(ContentLanguage.OrDefault(language)), exceptId,
            cancellationToken: cancellationToken);
        return Json(found.Select(RelatedSearchResult.From).ToList());
    }

    /// <summary>
    /// The draft in its edition's public layout, exactly as readers would see it (an English article in English, with its
    /// /en addresses); never indexed, never cached.
    /// </summary>
    [HttpGet(Urls.Admin.ArticlePreviewRoute)]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        var page = await queries.GetPreviewAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return new EditionResult(Edition.Of(page.Article.Language), () =>
            View("~/Views/Article/Show.cshtml", page.ToViewModel(markdown, text) with { IsPreview = true, EditUrl = Urls.Admin.ArticleEdit(id) }));
    }

    /// <summary>"Bỏ liên kết bản dịch", from either article of the pair.</summary>
    [HttpPost(Urls.Admin.ArticleUnlinkTranslationRoute)]
    public Task<IActionResult> UnlinkTranslation(int id, CancellationToken cancellationToken) =>
        RunAsync(id, publishing.UnlinkTranslationAsync(id, Actor, cancellationToken));

    [HttpPost(Urls.Admin.ArticleSubmitRoute)]
    public Task<IActionResult> Submit(int id, CancellationToken cancellationToken) =>
        RunAsync(id, publishing.SubmitAsync(id, Actor, cancellationToken));

    [Authorize(Policy = Policies.Publishing)]
    [HttpPost(Urls.Admin.ArticleReturnRoute)]
    public Task<IActionResult> Return(int id, [FromForm(Name = ArticlePublishing.ReasonField)] string? reason, CancellationToken cancellationToken) =>
        RunAsync(id, publishing.ReturnToDraftAsync(id, reason, Actor, cancellationToken));

    /// <summary>Publishes now, or at <paramref name="publishAt"/> (Vietnam time, "yyyy-MM-ddTHH:mm") when given.</summary>
    [Authorize(Policy = Policies.Publishing)]
    [HttpPost(Urls.Admin.ArticlePublishRoute)]
    public async Task<IActionResult> Publish(int id, string? publishAt, CancellationToken cancellationToken)
    {
        DateTime? whenUtc = null;
        if (!string.IsNullOrWhiteSpace(publishAt))
        {
            if (!LocalTimeField.TryParse(publishAt, out var utc))
            {
                Flash(CommandResult.Invalid("PublishAt", "Thời điểm xuất bản không hợp lệ; hãy chọn ngày và giờ (giờ Việt Nam)."));
                return LocalRedirect(Urls.Admin.ArticleEdit(id));
            }
            whenUtc = utc;
        }
        return await RunAsync(id, publishing.PublishAsync(id, whenUtc, Actor, cancellationToken));
    }

    [Authorize(Policy = Policies.Publishing)]
    [HttpPost(Urls.Admin.ArticlePublishChangesRoute)]
    public Task<IActionResult> PublishChanges(int id, CancellationToken cancellationToken) =>
        RunAsync(id, publishing.PublishChangesAsync(id, Actor, cancellationToken));

    [Authorize(Policy = Policies.Publishing)]
    [HttpPost(Urls.Admin.ArticleUnpublishRoute)]
    public Task<IActionResult> Unpublish(int id, CancellationToken cancellationToken) =>
        RunAsync(id, publishing.UnpublishAsync(id, Actor, cancellationToken));

    [Authorize(Policy = Policies.Publishing)]
    [HttpPost(Urls.Admin.ArticlePinRoute)]
    public Task<IActionResult> Pin(int id, CancellationToken cancellationToken) =>
        RunAsync(id, publishing.PinAsync(id, pinned: true, Actor, cancellationToken));

    [Authorize(Policy = Policies.Publishing)]
    [HttpPost(Urls.Admin.ArticleUnpinRoute)]
    public Task<IActionResult> Unpin(int id, CancellationToken cancellationToken) =>
        RunAsync(id, publishing.PinAsync(id, pinned: false, Actor, cancellationToken));

    [Authorize(Policy = Policies.Publishing)]
    [HttpPost(Urls.Admin.ArticleArchiveRoute)]
    public Task<IActionResult> Archive(int id, CancellationToken cancellationToken) =>
        RunAsync(id, publishing.ArchiveAsync(id, Actor, cancellationToken));

    [Authorize(Policy = Policies.Administration)]
    [HttpPost(Urls.Admin.ArticlePurgeRoute)]
    public async Task<IActionResult> Purge(int id, CancellationToken cancellationToken)
    {
        var result = await publishing.PurgeAsync(id, Actor, cancellationToken);
        return AfterCommand(result, Urls.Admin.Articles, refusalUrl: Urls.Admin.ArticleEdit(id));
    }

    [HttpGet(Urls.Admin.ArticleHistoryRoute)]
    public async Task<IActionResult> History(int id, CancellationToken cancellationToken)
    {
        var article = await queries.GetForEditAsync(id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        var revisions = await queries.ListRevisionsAsync(id, cancellationToken);
        var workflow = await queries.ListWorkflowAsync(id, cancellationToken);
        return View(new HistoryPage(id, article.Content.Title, [.. revisions.Select(RevisionLine.From)],
            [.. workflow.Select(e => WorkflowLine.From(e, article.Content.Title))]));
    }

    [HttpGet(Urls.Admin.ArticleCompareRoute)]
    public async Task<IActionResult> Compare(int id, [FromQuery(Name = Urls.Admin.CompareFrom)] int from, [FromQuery(Name = Urls.Admin.CompareTo)] int to, CancellationToken cancellationToken)
    {
        var older = await queries.GetRevisionAsync(id, from, cancellationToken);
        var newer = await queries.GetRevisionAsync(id, to, cancellationToken);
        if (older is null || newer is null)
        {
            return NotFound();
        }
        return View(new ComparePage(id, RevisionHeading.From(older), RevisionHeading.From(newer), TextDiff.Lines(older.Title, newer.Title),
            TextDiff.Lines(older.Summary, newer.Summary), TextDiff.Lines(older.Body, newer.Body)));
    }

    [HttpPost(Urls.Admin.ArticleRestoreRoute)]
    public Task<IActionResult> Restore(int id, int revisionId, CancellationToken cancellationToken) =>
        RunAsync(id, publishing.RestoreRevisionAsync(id, revisionId, Actor, cancellationToken));

    private async Task<IActionResult> RunAsync(int id, Task<CommandResult> command) =>
        AfterCommand(await command, Urls.Admin.ArticleEdit(id));

    private async Task<ArticleEditPage> PageAsync(ArticleFormModel form, ArticleForEdit? article, CancellationToken cancellationToken)
    {
        var related = await queries.GetRelatedChoicesAsync(form.PickedRelatedIds(), article?.Id, ContentLanguage.OrDefault(form.Language), cancellationToken);
        var partners = await queries.GetTranslationPartnersAsync(article?.Id, form.TranslationOfId, cancellationToken);
        form.Offering(await queries.GetFormOptionsAsync(cancellationToken), related).InPair(partners, article?.LanguageLocked ?? false);
        return new(form, article, Actor.CanPublish, Actor.IsAdministrator)
        {
            OtherEditors = article is null ? [] : EditorsAnswer.Describe(await editing.OthersAsync(article.Id, Actor, cancellationToken)),
        };
    }
}
