using System.Globalization;
using HealthNews.Core.Entities;
using HealthNews.Core.Polls;
using HealthNews.Core.Text;

namespace HealthNews.Web.Areas.Admin.Models;

/// <summary>The poll form as typed: options one per line, times in Vietnam time ("yyyy-MM-ddTHH:mm").</summary>
public sealed class PollFormModel
{
    public int Id { get; set; }
    public string Question { get; set; } = "";
    public string OptionsText { get; set; } = "";
    public bool AllowMultiple { get; set; }
    public int MaxChoices { get; set; } = 2;
    public string? OpensAt { get; set; }
    public string? ClosesAt { get; set; }
    public PollResultsVisibility ResultsVisibility { get; set; } = PollResultsVisibility.AfterVoting;
    public bool RequireSignIn { get; set; }

    /// <summary>The input for Core, or the fields whose times could not be read.</summary>
    public (PollInput? Input, Dictionary<string, string> Errors) ToInput()
    {
        var errors = new Dictionary<string, string>();
        var opens = ParseTime(OpensAt, nameof(OpensAt), errors);
        var closes = ParseTime(ClosesAt, nameof(ClosesAt), errors);
        var options = (OptionsText ?? "").Split('\n').Select(o => o.Trim()).ToList();
        return errors.Count > 0 ? (null, errors)
            : (new PollInput(Question ?? "", options, AllowMultiple, AllowMultiple ? MaxChoices : 1, opens, closes, ResultsVisibility, RequireSignIn), errors);
    }

    public static PollFormModel From(Poll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return new PollFormModel
        {
            Id = poll.Id,
            Question = poll.Question,
            OptionsText = string.Join('\n', poll.Options.OrderBy(o => o.SortOrder).Select(o => o.Text)),
            AllowMultiple = poll.AllowMultiple,
            MaxChoices = poll.MaxChoices,
            OpensAt = Local(poll.OpensAtUtc),
            ClosesAt = Local(poll.ClosesAtUtc),
            ResultsVisibility = poll.ResultsVisibility,
            RequireSignIn = poll.RequireSignIn,
        };
    }

    private static string? Local(DateTime? utc) =>
        utc is { } value ? VietnamTime.FromUtc(value).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : null;

    private static DateTime? ParseTime(string? text, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return VietnamTime.ToUtc(local);
        }
        errors[field] = "Thời điểm không hợp lệ; hãy chọn ngày và giờ (giờ Việt Nam).";
        return null;
    }
}

public sealed record PollEditPage(PollFormModel Form, bool HasVotes);

public sealed record PollResultsPage(PollView Poll, IReadOnlyList<VotesOnDay> Days);

public static class PollLabels
{
    public static string Status(PollView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Poll.Status switch
        {
            PollStatus.Draft => "Bản nháp",
            PollStatus.Open when view.AcceptingVotes => "Đang nhận biểu quyết",
            PollStatus.Open when view.HasEnded => "Đã hết hạn",
            PollStatus.Open => "Đã mở, chờ đến giờ",
            PollStatus.Closed => "Đã đóng",
            _ => "Lưu trữ",
        };
    }

    public static string Visibility(PollResultsVisibility visibility) => visibility switch
    {
        PollResultsVisibility.Always => "Luôn hiện kết quả",
        PollResultsVisibility.AfterVoting => "Hiện sau khi biểu quyết",
        _ => "Hiện khi kết thúc",
    };
}
