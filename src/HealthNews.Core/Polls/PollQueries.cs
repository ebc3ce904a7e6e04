using System.Globalization;
using System.Text;
using HealthNews.Core.Caching;
using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace HealthNews.Core.Polls;

/// <summary>Reads polls and their results. Counts come from the ballots; percentages from <see cref="PollRules.Percentages"/>.</summary>
public sealed class PollQueries(HealthNewsDbContext db, TimeProvider clock, PublicDataCache cache)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// The poll an edition's sidebar shows: its featured poll while it takes votes, else null. One query, kept in memory
    /// until a poll changes (the block shows the question and options, never the counts) and never past the poll's closing time.
    /// </summary>
    public Task<Poll?> GetFeaturedAsync(string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync(CacheKeys.FeaturedPollOf(language), CacheTags.Polls, async () =>
        {
            var now = Now;
            var candidates = await db.Polls.AsNoTracking().Include(p => p.Options.OrderBy(o => o.SortOrder))
                .Where(p => p.IsFeatured && p.Status == PollStatus.Open && p.Language == language).ToListAsync(cancellationToken);
            var poll = candidates.FirstOrDefault(p => PollRules.IsAcceptingVotes(p, now));
            return (poll, poll?.ClosesAtUtc);
        });

    /// <summary>Any poll with its results, drafts included, for the staff pages.</summary>
    public async Task<PollView?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        (await ViewsAsync(db.Polls.Where(p => p.Id == id), cancellationToken)).SingleOrDefault();

    /// <summary>
    /// A poll readers of an edition may see (any but a draft, in the edition's language) with its results; null for a
    /// draft, an unknown poll or one of the other edition.
    /// </summary>
    public async Task<PollView?> GetPublicAsync(int id, string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default) =>
        (await ViewsAsync(db.Polls.Where(p => p.Id == id && p.Status != PollStatus.Draft && p.Language == language), cancellationToken)).SingleOrDefault();

    /// <summary>An edition's past and current public polls, newest first, for the archive at /tham-do-y-kien.</summary>
    public Task<IReadOnlyList<PollView>> ListPublicAsync(string language = ContentLanguage.Vietnamese, CancellationToken cancellationToken = default) =>
        ViewsAsync(db.Polls.Where(p => p.Status != PollStatus.Draft && p.Language == language), cancellationToken);

    /// <summary>The polls that are open, newest first, with their totals as they stand: the poll manager's dashboard.</summary>
    public Task<IReadOnlyList<PollView>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        ViewsAsync(db.Polls.Where(p => p.Status == PollStatus.Open), cancellationToken);

    public Task<IReadOnlyList<PollView>> ListAllAsync(CancellationToken cancellationToken = default) =>
        ViewsAsync(db.Polls, cancellationToken);

    /// <summary>Ballots per day in Vietnam time; days are computed in C#, the same on every database.</summary>
    public async Task<IReadOnlyList<VotesOnDay>> VotesPerDayAsync(int pollId, CancellationToken cancellationToken = default)
    {
        var times = await db.PollBallots.AsNoTracking().Where(b => b.PollId == pollId).Select(b => b.CastAtUtc).ToListAsync(cancellationToken);
        return times.GroupBy(t => DateOnly.FromDateTime(VietnamTime.FromUtc(t)))
            .OrderBy(g => g.Key).Select(g => new VotesOnDay(g.Key, g.Count())).ToList();
    }

    /// <summary>The results as CSV that Excel opens with Vietnamese intact: UTF-8 with a byte order mark.</summary>
    public async Task<byte[]?> ExportCsvAsync(int pollId, CancellationToken cancellationToken = default)
    {
        var view = await GetAsync(pollId, cancellationToken);
        if (view is null)
        {
            return null;
        }
        var csv = new StringBuilder();
        csv.Append("Câu hỏi,").AppendLine(Quote(view.Poll.Question));
        csv.Append("Tổng số lượt biểu quyết,").AppendLine(view.Ballots.ToString(CultureInfo.InvariantCulture));
        csv.AppendLine("Phương án,Số phiếu,Tỷ lệ (%)");
        foreach (var result in view.Results)
        {
            csv.Append(Quote(result.Text)).Append(',').Append(result.Count.ToString(CultureInfo.InvariantCulture)).Append(',')
                .AppendLine(result.Percent.ToString(CultureInfo.InvariantCulture));
        }
        csv.AppendLine().AppendLine("Ngày,Số lượt biểu quyết");
        foreach (var day in await VotesPerDayAsync(pollId, cancellationToken))
        {
            csv.Append(day.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)).Append(',').AppendLine(day.Ballots.ToString(CultureInfo.InvariantCulture));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    // The polls, newest first, with their results: three queries however many polls there are.
    private async Task<IReadOnlyList<PollView>> ViewsAsync(IQueryable<Poll> query, CancellationToken cancellationToken) =>
        await ViewsOfAsync(await query.AsNoTracking().Include(p => p.Options.OrderBy(o => o.SortOrder))
            .OrderByDescending(p => p.Id).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>The results of polls already read with their options: two queries.</summary>
    internal async Task<IReadOnlyList<PollView>> ViewsOfAsync(IReadOnlyList<Poll> polls, CancellationToken cancellationToken)
    {
        if (polls.Count == 0)
        {
            return [];
        }
        var pollIds = polls.Select(p => p.Id).ToList();
        var counts = await db.PollBallotChoices.AsNoTracking()
            .Where(c => db.PollOptions.Any(o => o.Id == c.OptionId && pollIds.Contains(o.PollId)))
            .GroupBy(c => c.OptionId).Select(g => new { OptionId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.OptionId, x => x.Count, cancellationToken);
        var ballots = await db.PollBallots.AsNoTracking().Where(b => pollIds.Contains(b.PollId))
            .GroupBy(b => b.PollId).Select(g => new { PollId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.PollId, x => x.Count, cancellationToken);
        var now = Now;
        return polls.Select(poll =>
        {
            var ordered = poll.Options.OrderBy(o => o.SortOrder).ToList();
            var numbers = ordered.Select(o => counts.GetValueOrDefault(o.Id)).ToList();
            var percents = PollRules.Percentages(numbers);
            var results = ordered.Select((o, i) => new PollOptionResult(o.Id, o.Text, numbers[i], percents[i])).ToList();
            return new PollView(poll, PollRules.IsAcceptingVotes(poll, now), PollRules.HasEnded(poll, now), results,
                ballots.GetValueOrDefault(poll.Id));
        }).ToList();
    }

    // Excel would run a cell that starts with = + - @ as a formula: prefix it with an apostrophe.
    private static string Quote(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }
        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
