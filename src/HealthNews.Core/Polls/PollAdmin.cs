using System.Security.Cryptography;
using HealthNews.Core.Audit;
using HealthNews.Core.Caching;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Polls;

/// <summary>Staff create, edit, open, close, reopen, archive and feature polls; every change is audited.</summary>
public sealed class PollAdmin(HealthNewsDbContext db, AuditLog audit, TimeProvider clock, IPublicCache cache)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static bool CanManage(Actor actor) => actor.IsAdministrator || actor.Roles.Contains(Roles.PollManager);

    public async Task<CommandResult> CreateAsync(PollInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!CanManage(actor))
        {
            return CommandResult.Forbidden("Chỉ người quản lý thăm dò ý kiến mới tạo cuộc thăm dò.");
        }
        if (Validate(input) is { } invalid)
        {
            return invalid;
        }
        var poll = new Poll
        {
            Question = input.Question.Trim(),
            AddressSalt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            CreatedAtUtc = Now,
            UpdatedAtUtc = Now,
        };
        Apply(poll, input, withOptions: true);
        db.Polls.Add(poll);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, AuditActions.PollCreated, nameof(Poll), poll.Id, poll.Question);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(poll.Id, "Đã tạo cuộc thăm dò (bản nháp).");
    }

    /// <summary>Edits a poll; its options can't change once the first vote is in.</summary>
    public async Task<CommandResult> UpdateAsync(int id, PollInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!CanManage(actor))
        {
            return CommandResult.Forbidden("Chỉ người quản lý thăm dò ý kiến mới sửa cuộc thăm dò.");
        }
        var poll = await db.Polls.Include(p => p.Options).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (poll is null)
        {
            return CommandResult.NotFound();
        }
        if (Validate(input) is { } invalid)
        {
            return invalid;
        }
        var hasVotes = await db.PollBallots.AnyAsync(b => b.PollId == id, cancellationToken);
        var newOptions = Clean(input.Options);
        var current = poll.Options.OrderBy(o => o.SortOrder).Select(o => o.Text).ToList();
        if (hasVotes && (!newOptions.SequenceEqual(current) || input.AllowMultiple != poll.AllowMultiple || input.MaxChoices != poll.MaxChoices))
        {
            return CommandResult.Invalid(nameof(PollInput.Options), "Đã có người biểu quyết: không thể thay đổi các phương án hay cách chọn nữa.");
        }
        // A featured poll that moves to the other edition leaves the sidebar it was featured in, so that each edition still
        // features at most one.
        var movedOutOfSidebar = poll.IsFeatured && poll.Language != input.Language;
        var languageBefore = poll.Language;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!hasVotes && !newOptions.SequenceEqual(current))
        {
            db.PollOptions.RemoveRange(poll.Options);
            await db.SaveChangesAsync(cancellationToken);
            poll.Options.Clear();
            Apply(poll, input, withOptions: true);
        }
        else
        {
            Apply(poll, input, withOptions: false);
        }
        poll.UpdatedAtUtc = Now;
        if (movedOutOfSidebar)
        {
            poll.IsFeatured = false;
        }
        audit.Record(actor, AuditActions.PollUpdated, nameof(Poll), id, poll.Question + (languageBefore == poll.Language ? ""
            : $" (ngôn ngữ: {ContentLanguage.VietnameseName(languageBefore)} → {ContentLanguage.VietnameseName(poll.Language)})"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await cache.EvictAsync([CacheTags.Polls, CacheTags.Poll(id)], cancellationToken);
        return CommandResult.Ok(id, movedOutOfSidebar
            ? "Đã lưu cuộc thăm dò. Vì đã đổi ngôn ngữ, nó không còn hiện ở cột bên; bấm “Hiện ở cột” để hiện nó ở ấn bản mới."
            : "Đã lưu cuộc thăm dò.");
    }

    public Task<CommandResult> OpenAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, poll =>
        {
            if (poll.Status == PollStatus.Archived)
            {
                return CommandResult.Conflict("Cuộc thăm dò đã lưu trữ không mở lại được.");
            }
            var reopening = poll.Status == PollStatus.Closed;
            poll.Status = PollStatus.Open;
            if (poll.ClosesAtUtc is { } closes && closes <= Now)
            {
                poll.ClosesAtUtc = null; // reopening "now" must not be undone by a closing time already past
            }
            return (reopening ? AuditActions.PollReopened : AuditActions.PollOpened, CommandResult.Ok(poll.Id, reopening ? "Đã mở lại cuộc thăm dò." : "Đã mở cuộc thăm dò."));
        }, cancellationToken);

    public Task<CommandResult> CloseAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, poll =>
        {
            if (poll.Status != PollStatus.Open)
            {
                return CommandResult.Conflict("Cuộc thăm dò không ở trạng thái đang mở.");
            }
            poll.Status = PollStatus.Closed;
            poll.IsFeatured = false;
            return (AuditActions.PollClosed, CommandResult.Ok(poll.Id, "Đã đóng cuộc thăm dò."));
        }, cancellationToken);

    public Task<CommandResult> ArchiveAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, poll =>
        {
            poll.Status = PollStatus.Archived;
            poll.IsFeatured = false;
            return (AuditActions.PollArchived, CommandResult.Ok(poll.Id, "Đã lưu trữ cuộc thăm dò."));
        }, cancellationToken);

    /// <summary>Makes this the poll in the sidebar; the one shown before steps down, in the same transaction.</summary>
    public async Task<CommandResult> FeatureAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await ChangeAsync(id, actor, poll =>
        {
            if (!PollRules.IsAcceptingVotes(poll, Now))
            {
                return CommandResult.Conflict("Chỉ cuộc thăm dò đang nhận biểu quyết mới hiện ở cột bên được.");
            }
            poll.IsFeatured = true;
            return (AuditActions.PollFeatured, CommandResult.Ok(poll.Id, "Cuộc thăm dò này hiện ở cột “Thăm dò ý kiến”."));
        }, cancellationToken);
        if (result.Succeeded)
        {
            // One featured poll per edition: only this poll's edition's steps down.
            var language = db.Polls.Where(p => p.Id == id).Select(p => p.Language);
            await db.Polls.Where(p => p.IsFeatured && p.Id != id && language.Contains(p.Language))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsFeatured, false), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await cache.EvictAsync([CacheTags.Polls], cancellationToken);
        }
        return result;
    }

    private async Task<CommandResult> ChangeAsync(int id, Actor actor, Func<Poll, object> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!CanManage(actor))
        {
            return CommandResult.Forbidden("Chỉ người quản lý thăm dò ý kiến mới thay đổi cuộc thăm dò.");
        }
        var poll = await db.Polls.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (poll is null)
        {
            return CommandResult.NotFound();
        }
        switch (change(poll))
        {
            case CommandResult refusal:
                return refusal;
            case (string action, CommandResult result):
                poll.UpdatedAtUtc = Now;
                audit.Record(actor, action, nameof(Poll), id, poll.Question);
                await db.SaveChangesAsync(cancellationToken);
                await cache.EvictAsync([CacheTags.Polls, CacheTags.Poll(id)], cancellationToken);
                return result;
            default:
                throw new InvalidOperationException("A poll change returns a refusal or an action with its result.");
        }
    }

    private static void Apply(Poll poll, PollInput input, bool withOptions)
    {
        poll.Question = input.Question.Trim();
        poll.Language = input.Language;
        poll.AllowMultiple = input.AllowMultiple;
        poll.MaxChoices = input.AllowMultiple ? input.MaxChoices : 1;
        poll.OpensAtUtc = input.OpensAtUtc;
        poll.ClosesAtUtc = input.ClosesAtUtc;
        poll.ResultsVisibility = input.ResultsVisibility;
        poll.RequireSignIn = input.RequireSignIn;
        if (withOptions)
        {
            var order = 0;
            foreach (var text in Clean(input.Options))
            {
                poll.Options.Add(new PollOption { Text = text, SortOrder = ++order });
            }
        }
    }

    private static List<string> Clean(IReadOnlyList<string> options) =>
        options.Select(o => o.Trim()).Where(o => o.Length > 0).ToList();

    private static CommandResult? Validate(PollInput input)
    {
        var errors = new Dictionary<string, string>();
        if (!ContentLanguage.IsKnown(input.Language))
        {
            errors[nameof(PollInput.Language)] = "Ngôn ngữ không hợp lệ; hãy chọn Tiếng Việt hoặc Tiếng Anh.";
        }
        if (string.IsNullOrWhiteSpace(input.Question) || input.Question.Trim().Length > FieldLimits.Poll.Question)
        {
            errors[nameof(PollInput.Question)] = $"Vui lòng nhập câu hỏi (tối đa {FieldLimits.Poll.Question} ký tự).";
        }
        var options = Clean(input.Options ?? []);
        if (options.Count is < PollRules.MinOptions or > PollRules.MaxOptions)
        {
            errors[nameof(PollInput.Options)] = $"Cuộc thăm dò cần từ {PollRules.MinOptions} đến {PollRules.MaxOptions} phương án (mỗi dòng một phương án).";
        }
        else if (options.Any(o => o.Length > FieldLimits.Poll.OptionText))
        {
            errors[nameof(PollInput.Options)] = $"Mỗi phương án tối đa {FieldLimits.Poll.OptionText} ký tự.";
        }
        else if (options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
        {
            errors[nameof(PollInput.Options)] = "Có hai phương án trùng nhau.";
        }
        if (input.AllowMultiple && (input.MaxChoices < 2 || input.MaxChoices > options.Count))
        {
            errors[nameof(PollInput.MaxChoices)] = "Số lựa chọn tối đa phải từ 2 đến số phương án.";
        }
        if (input.OpensAtUtc is { } opens && input.ClosesAtUtc is { } closes && closes <= opens)
        {
            errors[nameof(PollInput.ClosesAtUtc)] = "Thời điểm kết thúc phải sau thời điểm mở (" + VietnamTime.ListingDateLine(opens) + ").";
        }
        return errors.Count == 0 ? null : CommandResult.Invalid(errors);
    }
}
