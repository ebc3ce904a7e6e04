namespace HealthNews.Web.ViewModels;

/// <summary>The error page for a status code: its title and what the reader can do, in Vietnamese; never an exception's text.</summary>
public sealed record ErrorViewModel(int StatusCode, string Title, string Message)
{
    /// <summary>The words for <paramref name="statusCode"/>, shared by the error pages and the JSON refusals of the editor's calls.</summary>
    public static ErrorViewModel For(int statusCode) => statusCode switch
    {
        StatusCodes.Status404NotFound => new(statusCode, "Không tìm thấy trang",
            "Trang bạn tìm không tồn tại, đã được chuyển đi hoặc chưa được xuất bản."),
        StatusCodes.Status400BadRequest => new(statusCode, "Yêu cầu không hợp lệ",
            "Yêu cầu của bạn không hợp lệ. Xin vui lòng kiểm tra lại địa chỉ hoặc thông tin đã nhập."),
        StatusCodes.Status413PayloadTooLarge => new(statusCode, "Dữ liệu gửi lên quá lớn",
            "Dữ liệu gửi lên vượt quá giới hạn cho phép. Nếu bạn đang tải tệp lên, hãy chọn tệp nhỏ hơn rồi thử lại."),
        StatusCodes.Status431RequestHeaderFieldsTooLarge => new(statusCode, "Yêu cầu quá lớn",
            "Trình duyệt gửi kèm quá nhiều dữ liệu (thường là cookie). Hãy xoá cookie của trang này trong trình duyệt rồi thử lại."),
        StatusCodes.Status403Forbidden => new(statusCode, "Không có quyền truy cập",
            "Bạn không có quyền thực hiện thao tác này."),
        StatusCodes.Status405MethodNotAllowed => new(statusCode, "Thao tác không được hỗ trợ",
            "Trang này không hỗ trợ thao tác bạn vừa thực hiện."),
        StatusCodes.Status507InsufficientStorage => new(statusCode, "Máy chủ hết dung lượng lưu trữ",
            "Máy chủ hết dung lượng lưu trữ; thay đổi chưa được lưu. Hãy báo quản trị viên."),
        StatusCodes.Status503ServiceUnavailable => new(statusCode, "Hệ thống đang quá tải",
            "Cổng thông tin đang có quá nhiều người truy cập. Xin vui lòng thử lại sau ít giây."),
        < 500 => new(statusCode, "Không thể thực hiện yêu cầu",
            "Yêu cầu của bạn không thể được thực hiện lúc này."),
        _ => new(statusCode, "Đã có lỗi xảy ra",
            "Hệ thống đang gặp sự cố. Xin vui lòng thử lại sau ít phút."),
    };
}
