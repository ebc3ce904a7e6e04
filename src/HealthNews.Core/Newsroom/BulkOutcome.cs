using HealthNews.Core.Common;

namespace HealthNews.Core.Newsroom;

/// <summary>What a bulk action did: the articles it changed, and each refused one with its reason.</summary>
public sealed record BulkOutcome(BulkAction Action, IReadOnlyList<BulkItem> Items)
{
    public int DoneCount => Items.Count(i => i.Result.Succeeded);

    public IReadOnlyList<BulkItem> Refused => [.. Items.Where(i => !i.Result.Succeeded)];

    /// <summary>One line for the editor: "Đã xuất bản 2 bài; 1 bài bị từ chối: “Tiêu đề” (lý do)."</summary>
    public string Summary
    {
        get
        {
            var done = $"Đã {Verb(Action)} {DoneCount} bài";
            var refused = Refused;
            if (refused.Count == 0)
            {
                return done + ".";
            }
            var reasons = string.Join("; ", refused.Select(i => $"“{i.Title}” ({TrimmedMessage(i.Result)})"));
            return $"{done}; {refused.Count} bài bị từ chối: {reasons}.";
        }
    }

    /// <summary>How the summary says each action was done: "Đã xuất bản 2 bài".</summary>
    public static string Verb(BulkAction action) => action switch
    {
        BulkAction.Submit => "gửi duyệt",
        BulkAction.Publish => "xuất bản",
        BulkAction.Unpublish => "gỡ",
        BulkAction.Archive => "lưu trữ",
        _ => action.ToString(),
    };

    private static string TrimmedMessage(CommandResult result) => (result.Message ?? "không thực hiện được").TrimEnd('.');
}
