using System.Text;
using HealthNews.Core.OldAddresses;
using HealthNews.Web.Areas.Admin.Models;
using HealthNews.Web.Middleware;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.Areas.Admin.Controllers;

/// <summary>Where the old portal's addresses lead: editors import a CSV of "old address,new address" lines.</summary>
[Authorize(Policy = Policies.ManageOldAddresses)]
public sealed class OldAddressesController(OldAddressImport import) : AdminController
{
    private const long MaxFileBytes = 2 * 1024 * 1024;

    [HttpGet(Urls.Admin.OldAddresses)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new OldAddressesPage(await import.CountAsync(cancellationToken), null));

    [HttpPost(Urls.Admin.OldAddressesImport)]
    [BodyLimit(MaxFileBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, string? text, CancellationToken cancellationToken)
    {
        var csv = text;
        if (file is { Length: > 0 })
        {
            if (file.Length > MaxFileBytes)
            {
                return await Invalid("Tệp quá lớn: tối đa 2 MB.", text, cancellationToken);
            }
            using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
            try
            {
                csv = await reader.ReadToEndAsync(cancellationToken);
            }
            catch (DecoderFallbackException)
            {
                return await Invalid("Tệp không phải văn bản UTF-8: hãy lưu tệp CSV với bảng mã UTF-8 rồi thử lại.", text, cancellationToken);
            }
        }
        if (string.IsNullOrWhiteSpace(csv))
        {
            return await Invalid("Hãy chọn một tệp CSV hoặc dán các dòng «địa chỉ cũ,địa chỉ mới».", text, cancellationToken);
        }
        var result = await import.ImportAsync(csv, Actor, cancellationToken);
        if (result.Succeeded)
        {
            Flash(result);
            return LocalRedirect(Urls.Admin.OldAddresses);
        }
        return await Invalid(result.Errors?.Values.FirstOrDefault() ?? result.Message ?? "", text, cancellationToken);
    }

    private async Task<IActionResult> Invalid(string message, string? text, CancellationToken cancellationToken)
    {
        ModelState.AddModelError("", message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", new OldAddressesPage(await import.CountAsync(cancellationToken), text));
    }
}
