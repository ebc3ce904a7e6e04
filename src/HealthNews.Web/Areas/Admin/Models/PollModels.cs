using System.Globalization;
using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using HealthNews.Core.Polls;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

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

    /// <summary>The edition whose pages list the poll: "vi" or "en".</summary>
    public string Language { get; set; } = ContentLanguage.Vietnamese;

    /// <summary>The languages the form offers.</summary>
    public static IReadOnlyList<SelectListItem> LanguageChoices => Choices.Languages();

    /// <summary>Whether anyone has voted, which fixes the options and how many may be chosen; never bound from a post.</summary>
    [BindNever]
    public bool HasVotes { get; set; }

    /// <summary>The input for Core, or the fields whose times could not be read.</summary>
    public (PollInput? Input, Dictionary<string, string> Errors) ToInput()
    {
        var errors = new Dictionary<string, string>();
        var opens = ParseTime(OpensAt, nameof(OpensAt), errors);
        var closes = ParseTime(ClosesAt, nameof(ClosesAt), errors);
        var options = (OptionsText ?? "").Split('\n').Select(o => o.Trim()).ToList();
        return errors.Count > 0 ? (null, errors)
            : (new PollInput(Question ?? "", options, AllowMultiple, AllowMultiple ? MaxChoices : 1, opens, closes, ResultsVisibility, RequireSignIn)
            {
                Language = string.IsNullOrEmpty(Language) ? ContentLanguage.Vietnamese : Language,
            }, errors);
    }

    public static PollFormModel From(PollView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var poll = view.Poll;
        return new PollFormModel
        {
            Id = poll.Id,
            Question = poll.Question,
            OptionsText = string.Join('\n', poll.Options.OrderBy(o => o.SortOrder).Select(o => o.Text)),
            AllowMultiple = poll.AllowMultiple,
            MaxChoices = poll.MaxChoices,
            OpensAt = LocalTimeField.Format(poll.OpensAtUtc),
            ClosesAt = LocalTimeField.Format(poll.ClosesAtUtc),
            ResultsVisibility = poll.ResultsVisibility,
            RequireSignIn = poll.RequireSignIn,
            Language = poll.Language,
            HasVotes = view.Ballots > 0,
        };
    }

    private static DateTime? ParseTime(string? text, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (LocalTimeField.TryParse(text, out var utc))
        {
            return utc;
        }
        errors[field] = "Thời điểm không hợp lệ; hãy chọn ngày và giờ (giờ Việt Nam).";
        return null;
    }
}

public sealed record PollResultsPage(PollView Poll, IReadOnlyList<BallotsOnDay> Days);

/// <summary>The ballots cast on one Vietnam day, the day written as the table (dd/MM/yyyy) and the chart (dd/MM) show it.</summary>
public sealed record BallotsOnDay(string Date, string ShortDate, int Ballots)
{
    public static BallotsOnDay From(VotesOnDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return new(day.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), day.Day.ToString("dd/MM", CultureInfo.InvariantCulture), day.Ballots);
    }
}

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

    public static IReadOnlyList<SelectListItem> VisibilityChoices =>
        [.. Enum.GetValues<PollResultsVisibility>().Select(v => new SelectListItem(Visibility(v), v.ToString()))];

    public static string Visibility(PollResultsVisibility visibility) => visibility switch
    {
        PollResultsVisibility.Always => "Luôn hiện kết quả",
        PollResultsVisibility.AfterVoting => "Hiện sau khi biểu quyết",
        _ => "Hiện khi kết thúc",
    };
}
