using HealthNews.Core.Common;
using HealthNews.Core.Media;
using HealthNews.Web.Areas.Admin.Models;
using HealthNews.Web.Middleware;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.Areas.Admin.Controllers;

[Authorize(Policy = Policies.UploadMedia)]
public sealed class MediaController(MediaUploads uploads, MediaLibrary library, IMediaStore store) : AdminController
{
    [HttpGet(Urls.Admin.Media)]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default) =>
        View(new MediaPage(await uploads.ListAsync(q, page, cancellationToken), q, new MediaUploadModel { MaxUploadBytes = uploads.MaxUploadBytes }));

    [HttpPost(Urls.Admin.MediaUpload)]
    [MediaUploadLimit] // larger bodies get the 413 page; up to it, a file over the library's limit is refused in words below
    public async Task<IActionResult> Upload(MediaUploadModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var result = CommandResult.Invalid(nameof(model.File), "Vui lòng chọn tệp để tải lên.");
        if (model.File is not null)
        {
            await using var stream = model.File.OpenReadStream();
            result = await uploads.UploadAsync(stream, model.File.FileName, model.File.Length, model.AltText, model.Caption, Actor, cancellationToken);
            if (result.Succeeded)
            {
                Flash(result);
                return LocalRedirect(Urls.Admin.Media);
            }
        }
        AddErrors(result);
        Response.StatusCode = StatusCodeOf(result);
        model.MaxUploadBytes = uploads.MaxUploadBytes;
        return View("Index", new MediaPage(await uploads.ListAsync(null, 1, cancellationToken), null, model));
    }

    /// <summary>A file as it was uploaded, metadata and all, as a download for staff (readers are served variants, ADR-013).</summary>
    [HttpGet(Urls.Admin.MediaOriginalRoute)]
    public async Task<IActionResult> Original(int id, CancellationToken cancellationToken)
    {
        if (await library.GetForDownloadAsync(id, cancellationToken) is not { } media || store.OpenRead(media.StorageKey) is not { } stream)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "private, no-store";
        return File(stream, media.ContentType, media.FileName, enableRangeProcessing: true);
    }

    /// <summary>The image picker's page of the library (JSON), searched like the library page.</summary>
    [HttpGet(Urls.Admin.MediaPicker)]
    public async Task<IActionResult> Picker(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var list = await uploads.ListAsync(q, page, imagesOnly: true, cancellationToken);
        return Json(new PickerPage([.. list.Items.Select(PickerImage.From)], list.Page, list.TotalPages, list.TotalCount));
    }

    /// <summary>An upload from the editor (pasted, dropped or picked): the library's checks, answered as JSON.</summary>
    [HttpPost(Urls.Admin.MediaUploadImage)]
    [MediaUploadLimit]
    public async Task<IActionResult> UploadFromEditor(MediaUploadModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.File is null)
        {
            return BadRequest(new RefusalAnswer("Vui lòng chọn tệp để tải lên."));
        }
        await using var stream = model.File.OpenReadStream();
        var result = await uploads.UploadAsync(stream, model.File.FileName, model.File.Length, model.AltText, model.Caption, Actor, cancellationToken);
        if (!result.Succeeded)
        {
            var refusal = Json(new RefusalAnswer(result.Message ?? "Không tải lên được.", result.Errors));
            refusal.StatusCode = StatusCodeOf(result);
            return refusal;
        }
        var row = await uploads.GetAsync(result.Id, cancellationToken);
        return Json(PickerImage.From(row!));
    }

    [Authorize(Policy = Policies.DeleteMedia)]
    [HttpPost(Urls.Admin.MediaDeleteRoute)]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var result = await uploads.DeleteAsync(id, Actor, cancellationToken);
        return AfterCommand(result, Urls.Admin.Media);
    }
}
