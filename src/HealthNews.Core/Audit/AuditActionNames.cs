using HealthNews.Core.Entities;

namespace HealthNews.Core.Audit;

/// <summary>
/// The audit trail in Vietnamese: each stored action code (<see cref="AuditActions"/>, kept as it is) and each kind of
/// object, as the admin pages say them. The one place the trail is translated; codes missing here show as they are stored.
/// </summary>
public static class AuditActionNames
{
    /// <summary>Every action, in the order the filter offers them, with its name and the group it belongs to.</summary>
    public static readonly IReadOnlyList<(string Code, string Name, string Group)> All =
    [
        (AuditActions.SignInSucceeded, "Đăng nhập thành công", Accounts),
        (AuditActions.SignInFailed, "Đăng nhập thất bại", Accounts),
        (AuditActions.SignInLockedOut, "Tài khoản bị tạm khoá do đăng nhập sai nhiều lần", Accounts),
        (AuditActions.SignedOut, "Đăng xuất", Accounts),
        (AuditActions.ArticleCreated, "Tạo bài viết", Articles),
        (AuditActions.ArticleSaved, "Lưu bài viết", Articles),
        (AuditActions.ArticleSubmitted, "Gửi duyệt bài viết", Articles),
        (AuditActions.ArticleReturned, "Trả lại phóng viên", Articles),
        (AuditActions.ArticlePublished, "Xuất bản bài viết", Articles),
        (AuditActions.ArticleScheduled, "Hẹn giờ xuất bản bài viết", Articles),
        (AuditActions.ArticleChangesPublished, "Xuất bản thay đổi của bài viết", Articles),
        (AuditActions.ArticleUnpublished, "Gỡ bài viết khỏi cổng", Articles),
        (AuditActions.ArticleArchived, "Chuyển bài viết vào lưu trữ", Articles),
        (AuditActions.ArticlePurged, "Xoá vĩnh viễn bài viết", Articles),
        (AuditActions.ArticlePinned, "Ghim bài làm tin nổi bật", Articles),
        (AuditActions.ArticleUnpinned, "Bỏ ghim tin nổi bật", Articles),
        (AuditActions.ArticleRevisionRestored, "Khôi phục phiên bản bài viết", Articles),
        (AuditActions.ArticleLanguageChanged, "Đổi ngôn ngữ bài viết", Articles),
        (AuditActions.ArticleTranslationLinked, "Liên kết bản dịch", Articles),
        (AuditActions.ArticleTranslationUnlinked, "Bỏ liên kết bản dịch", Articles),
        (AuditActions.MediaUploaded, "Tải lên tệp", Library),
        (AuditActions.MediaDeleted, "Xoá tệp", Library),
        (AuditActions.CategoryCreated, "Tạo chuyên mục", Library),
        (AuditActions.CategoryUpdated, "Sửa chuyên mục", Library),
        (AuditActions.CategoryDeleted, "Xoá chuyên mục", Library),
        (AuditActions.OldAddressesImported, "Nhập bảng địa chỉ cũ", Library),
        (AuditActions.UserCreated, "Tạo người dùng", Users),
        (AuditActions.UserRolesChanged, "Đổi vai trò người dùng", Users),
        (AuditActions.UserLocked, "Khoá tài khoản", Users),
        (AuditActions.UserUnlocked, "Mở khoá tài khoản", Users),
        (AuditActions.UserPasswordReset, "Đặt lại mật khẩu", Users),
        (AuditActions.PollCreated, "Tạo cuộc thăm dò", Polls),
        (AuditActions.PollUpdated, "Sửa cuộc thăm dò", Polls),
        (AuditActions.PollOpened, "Mở cuộc thăm dò", Polls),
        (AuditActions.PollReopened, "Mở lại cuộc thăm dò", Polls),
        (AuditActions.PollClosed, "Đóng cuộc thăm dò", Polls),
        (AuditActions.PollArchived, "Lưu trữ cuộc thăm dò", Polls),
        (AuditActions.PollFeatured, "Hiện cuộc thăm dò ở cột bên", Polls),
    ];

    private const string Accounts = "Đăng nhập";
    private const string Articles = "Bài viết";
    private const string Library = "Thư viện, chuyên mục, địa chỉ cũ";
    private const string Users = "Người dùng";
    private const string Polls = "Thăm dò ý kiến";

    private static readonly Dictionary<string, string> Names = All.ToDictionary(a => a.Code, a => a.Name, StringComparer.Ordinal);

    /// <summary>"Xuất bản bài viết" for "article.published"; an unknown code as it is stored.</summary>
    public static string For(string action) => Names.GetValueOrDefault(action ?? "") ?? action ?? "";

    /// <summary>What kind of object an event is about, in Vietnamese: "Bài viết" for Article; null for none.</summary>
    public static string? Kind(string? entityType) => entityType switch
    {
        null or "" => null,
        nameof(Article) => "Bài viết",
        nameof(Poll) => "Thăm dò",
        nameof(AppUser) => "Người dùng",
        nameof(Category) => "Chuyên mục",
        nameof(MediaFile) => "Tệp",
        _ => entityType,
    };
}
