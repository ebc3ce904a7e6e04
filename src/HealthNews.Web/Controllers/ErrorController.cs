using HealthNews.Web.ViewModels;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace HealthNews.Web.Controllers;

/// <summary>The friendly pages behind status codes and unhandled errors; never a stack trace.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    private const string AdminErrorView = "~/Areas/Admin/Views/Shared/Error.cshtml";

    [Route(Urls.ErrorRoute)]
    public IActionResult Index(int? statusCode)
    {
        var code = statusCode ?? StatusCodes.Status500InternalServerError;
        if (code is < 400 or > 599)
        {
            code = StatusCodes.Status404NotFound;
        }
        Response.StatusCode = code;
        var model = code switch
        {
            StatusCodes.Status404NotFound => new ErrorViewModel(code, "Không tìm thấy trang",
                "Trang bạn tìm không tồn tại, đã được chuyển đi hoặc chưa được xuất bản."),
            StatusCodes.Status400BadRequest => new ErrorViewModel(code, "Yêu cầu không hợp lệ",
                "Yêu cầu của bạn không hợp lệ. Xin vui lòng kiểm tra lại địa chỉ hoặc thông tin đã nhập."),
            StatusCodes.Status413PayloadTooLarge => new ErrorViewModel(code, "Tệp quá lớn",
                "Dữ liệu gửi lên vượt quá giới hạn cho phép. Hãy chọn tệp nhỏ hơn rồi thử lại."),
            StatusCodes.Status403Forbidden => new ErrorViewModel(code, "Không có quyền truy cập",
                "Bạn không có quyền thực hiện thao tác này."),
            StatusCodes.Status405MethodNotAllowed => new ErrorViewModel(code, "Thao tác không được hỗ trợ",
                "Trang này không hỗ trợ thao tác bạn vừa thực hiện."),
            < 500 => new ErrorViewModel(code, "Không thể thực hiện yêu cầu",
                "Yêu cầu của bạn không thể được thực hiện lúc này."),
            _ => new ErrorViewModel(code, "Đã có lỗi xảy ra",
                "Hệ thống đang gặp sự cố. Xin vui lòng thử lại sau ít phút."),
        };
        // Staff who mistype an admin address stay in the admin area's look, with its menu.
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path.Value;
        if (code < 500 && Urls.Admin.Contains(originalPath))
        {
            return View(AdminErrorView, model);
        }
        // An old portal address that leads nowhere here: its words fill the page's search box.
        ViewData["SearchWords"] = HttpContext.Items[Middleware.OldAddressMiddleware.SearchWordsKey] as string;
        return View("Error", model);
    }
}
