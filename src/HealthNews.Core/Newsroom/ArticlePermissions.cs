using HealthNews.Core.Common;
using HealthNews.Core.Entities;

namespace HealthNews.Core.Newsroom;

/// <summary>
/// Who may do what to an article. Each check returns null when the actor may, or the refusal in words an
/// editor can act on. Authors write and submit their own drafts; editors and administrators do the rest.
/// </summary>
public static class ArticlePermissions
{
    public static CommandResult? ToCreate(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsStaffWriter ? null : CommandResult.Forbidden("Bạn không có quyền viết bài.");
    }

    public static CommandResult? ToEdit(Article article, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.CanPublish)
        {
            return null;
        }
        if (!actor.IsStaffWriter || article.AuthorId != actor.UserId)
        {
            return CommandResult.Forbidden("Phóng viên chỉ sửa được bài của chính mình.");
        }
        return article.Status is ArticleStatus.Draft or ArticleStatus.InReview or ArticleStatus.Unpublished
            ? null
            : CommandResult.Forbidden("Bài đã xuất bản hoặc lưu trữ; chỉ biên tập viên mới sửa được.");
    }

    public static CommandResult? ToReturn(Actor actor) => EditorOnly(actor, "Chỉ biên tập viên mới trả lại bài.");

    /// <summary>With four eyes on, nobody publishes an article they sent for review themselves.</summary>
    public static CommandResult? ToPublish(Article article, Actor actor, bool fourEyes)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (EditorOnly(actor, "Phóng viên không được xuất bản bài; hãy gửi bài chờ biên tập viên duyệt.") is { } refusal)
        {
            return refusal;
        }
        return fourEyes && article.SubmittedById is not null && article.SubmittedById == actor.UserId
            ? CommandResult.Forbidden("Theo quy định hai người duyệt, bạn không thể tự xuất bản bài do chính mình gửi duyệt.")
            : null;
    }

    public static CommandResult? ToPublishChanges(Actor actor) => EditorOnly(actor, "Phóng viên không được xuất bản thay đổi.");

    public static CommandResult? ToUnpublish(Actor actor) => EditorOnly(actor, "Chỉ biên tập viên mới gỡ bài.");

    public static CommandResult? ToArchive(Actor actor) => EditorOnly(actor, "Chỉ biên tập viên mới xoá (lưu trữ) bài.");

    public static CommandResult? ToPurge(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAdministrator ? null : CommandResult.Forbidden("Chỉ quản trị viên mới xoá vĩnh viễn bài viết.");
    }

    private static CommandResult? EditorOnly(Actor actor, string refusal)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.CanPublish ? null : CommandResult.Forbidden(refusal);
    }
}
