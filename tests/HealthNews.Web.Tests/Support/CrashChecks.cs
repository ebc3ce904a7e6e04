using HealthNews.Core.Common;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using HealthNews.Core.Media;
using HealthNews.Core.Polls;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HealthNews.Web.Tests.Support;

/// <summary>What the prepared database holds before any kill: what the rounds write to, and the sample articles loaded without history.</summary>
public sealed record CrashBaseline(CrashTargets Targets, IReadOnlySet<int> SampleArticlesWithoutRevision);

/// <summary>
/// What must hold after the portal (and perhaps its database server) was killed, read straight from the database and the
/// media folder while the portal is down: every acknowledged write is there, nothing half-written is, the database is sound.
/// </summary>
public static class CrashChecks
{
    public static async Task<CrashBaseline> BaselineAsync(DatabaseSettings database)
    {
        await using var db = Open(database);
        var poll = await db.Polls.AsNoTracking().Include(p => p.Options).SingleAsync(p => p.IsFeatured && p.Status == PollStatus.Open && p.Language == ContentLanguage.Vietnamese);
        var categoryId = await db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync();
        var targets = new CrashTargets(poll.Id, [.. poll.Options.OrderBy(o => o.SortOrder).Select(o => o.Id)], categoryId);
        return new CrashBaseline(targets, (await ArticlesWithoutRevisionAsync(db)).ToHashSet());
    }

    /// <summary>Checks everything; returns what was checked, in a line, or fails with every problem found.</summary>
    public static async Task<string> VerifyAsync(DatabaseSettings database, string mediaFolder, CrashLedger ledger, CrashBaseline baseline)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(baseline);
        var problems = new List<string>();
        await using var db = Open(database);
        var integrity = await IntegrityAsync(db, database, problems);
        var ballots = await CheckVotesAsync(db, ledger, baseline.Targets.PollId, problems);
        var articles = await CheckArticlesAsync(db, ledger, baseline, problems);
        var media = await CheckMediaAsync(db, mediaFolder, ledger, problems);
        Assert.True(problems.Count == 0, "After the kill:\n" + string.Join('\n', problems.Take(20)) + (problems.Count > 20 ? $"\n… and {problems.Count - 20} more" : ""));
        return $"{integrity}; {ballots}; {articles}; {media}";
    }

    private static async Task<string> CheckVotesAsync(HealthNewsDbContext db, CrashLedger ledger, int pollId, List<string> problems)
    {
        var ballots = await db.PollBallots.AsNoTracking().Where(b => b.PollId == pollId)
            .Select(b => new { b.VoterKey, Options = b.Choices.Select(c => c.OptionId).ToList() }).ToDictionaryAsync(b => b.VoterKey, b => b.Options);
        foreach (var (token, option) in ledger.Votes)
        {
            if (!ballots.TryGetValue(Voter.Visitor(token, null).Key, out var stored))
            {
                problems.Add($"The vote of voter {token}, answered as accepted, has no ballot.");
            }
            else if (stored is not [var chosen] || chosen != option)
            {
                problems.Add($"The ballot of voter {token} holds options [{string.Join(',', stored)}], not the {option} chosen.");
            }
        }
        var bare = await db.PollBallots.CountAsync(b => !db.PollBallotChoices.Any(c => c.BallotId == b.Id));
        if (bare > 0)
        {
            problems.Add($"{bare} ballot(s) without their choice: a count of votes that can't say for what.");
        }
        return $"{ledger.Votes.Count} accepted vote(s) among {ballots.Count} ballots";
    }

    private static async Task<string> CheckArticlesAsync(HealthNewsDbContext db, CrashLedger ledger, CrashBaseline baseline, List<string> problems)
    {
        var articles = await db.Articles.AsNoTracking()
            .Select(a => new { a.Id, a.Status, a.Body, Draft = db.ArticleRevisions.Where(r => r.Id == a.DraftRevisionId).Select(r => r.Body).FirstOrDefault(),
                Revisions = db.ArticleRevisions.Count(r => r.ArticleId == a.Id) })
            .ToDictionaryAsync(a => a.Id);
        foreach (var id in ledger.Created.Where(id => !articles.ContainsKey(id) || articles[id].Revisions == 0))
        {
            problems.Add($"Article {id}, answered as created, is {(articles.ContainsKey(id) ? "without its first revision" : "missing")}.");
        }
        foreach (var id in ledger.Published.Where(id => !articles.TryGetValue(id, out var a) || a.Status != ArticleStatus.Published))
        {
            problems.Add($"Article {id}, answered as published, is {(articles.TryGetValue(id, out var a) ? a.Status.ToString() : "missing")}.");
        }
        var bare = articles.Values.Where(a => a.Revisions == 0 && !baseline.SampleArticlesWithoutRevision.Contains(a.Id)).Select(a => a.Id).ToList();
        if (bare.Count > 0)
        {
            problems.Add($"Article(s) {string.Join(", ", bare)} have no revision.");
        }
        if (articles.GetValueOrDefault(baseline.Targets.EditedArticleId) is { } edited)
        {
            // The form shows the pending draft when there is one, else the article; readers see the article.
            if (!ledger.Saves.Allows(edited.Draft ?? edited.Body))
            {
                problems.Add($"The edited article's form holds “{edited.Draft ?? edited.Body}”; the last save answered was {ledger.Saves}.");
            }
            if (!ledger.LiveEdits.Allows(edited.Body))
            {
                problems.Add($"Readers see “{edited.Body}” in the edited article; the last change published was {ledger.LiveEdits}.");
            }
        }
        else if (baseline.Targets.EditedArticleId != 0)
        {
            problems.Add($"The edited article {baseline.Targets.EditedArticleId} is missing.");
        }
        return $"{ledger.Created.Count} created and {ledger.Published.Count} published article(s) among {articles.Count}, " +
               $"edited article saved as “{ledger.Saves.Acknowledged}”, live as “{ledger.LiveEdits.Acknowledged}”";
    }

    private static async Task<string> CheckMediaAsync(HealthNewsDbContext db, string mediaFolder, CrashLedger ledger, List<string> problems)
    {
        var rows = await db.MediaFiles.AsNoTracking().Select(m => new { m.Id, m.StorageKey, m.SizeBytes, m.ContentType, m.Variants }).ToListAsync();
        var ids = rows.Select(r => r.Id).ToHashSet();
        problems.AddRange(ledger.Uploads.Where(id => !ids.Contains(id)).Select(id => $"Upload {id}, answered with its id, has no library row."));
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var file = new FileInfo(Path.Combine(mediaFolder, row.StorageKey));
            if (!file.Exists || file.Length != row.SizeBytes)
            {
                problems.Add($"Library row {row.Id} names {row.StorageKey} ({row.SizeBytes} bytes); on disk: {(file.Exists ? file.Length + " bytes" : "nothing")}.");
            }
            var variants = ImageVariants.Parse(row.Variants);
            if (variants is null && ImageProcessor.MakesVariantsOf(row.ContentType))
            {
                problems.Add($"Library row {row.Id} ({row.ContentType}) names no variants: “{row.Variants}”.");
            }
            foreach (var (width, extension) in variants?.Files ?? [])
            {
                if (new FileInfo(Path.Combine(mediaFolder, variants!.StorageKey(width, extension))) is not { Exists: true, Length: > 0 })
                {
                    problems.Add($"Library row {row.Id} names variant {variants.StorageKey(width, extension)}, which is not on disk.");
                }
            }
            if (variants is not null)
            {
                hashes.Add(variants.Hash);
            }
        }
        // Left by uploads killed before their row was committed: on disk, never listed. Said, not failed.
        var keys = rows.Select(r => r.StorageKey).ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(mediaFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(mediaFolder, f)).ToList();
        var strays = files.Count(f => !f.StartsWith("variants/", StringComparison.Ordinal) && !keys.Contains(f));
        var variantFolders = Directory.Exists(Path.Combine(mediaFolder, "variants"))
            ? Directory.EnumerateDirectories(Path.Combine(mediaFolder, "variants")).Count(d => !hashes.Contains(Path.GetFileName(d)))
            : 0;
        return $"{ledger.Uploads.Count} upload(s) answered among {rows.Count} library rows, all with their bytes " +
               $"({strays} unlisted original(s), {variantFolders} unlisted variant folder(s), {files.Count(f => f.EndsWith(".tmp", StringComparison.Ordinal))} temporary file(s) left on disk)";
    }

    // SQLite: its own check of every page and index, and of foreign keys. Every provider: each table reads to its end.
    private static async Task<string> IntegrityAsync(HealthNewsDbContext db, DatabaseSettings database, List<string> problems)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var said = "";
        if (database.IsSqlite)
        {
            var integrity = await RowsAsync(connection, "PRAGMA integrity_check");
            if (integrity is not ["ok"])
            {
                problems.Add("PRAGMA integrity_check: " + string.Join("; ", integrity));
            }
            var foreignKeys = await RowsAsync(connection, "PRAGMA foreign_key_check");
            if (foreignKeys.Count > 0)
            {
                problems.Add($"PRAGMA foreign_key_check: {foreignKeys.Count} row(s) pointing nowhere, in {string.Join(", ", foreignKeys.Distinct())}");
            }
            said = "integrity_check ok, ";
        }
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order().ToList();
        foreach (var table in tables)
        {
            try
            {
                await RowsAsync(connection, $"SELECT count(*) FROM \"{table}\"");
            }
            catch (Exception e) when (e is SqliteException or NpgsqlException)
            {
                problems.Add($"Counting {table} failed: {e.Message}");
            }
        }
        return said + $"{tables.Count} tables read";
    }

    private static async Task<List<string>> RowsAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }
        return rows;
    }

    private static Task<List<int>> ArticlesWithoutRevisionAsync(HealthNewsDbContext db) =>
        db.Articles.Where(a => !db.ArticleRevisions.Any(r => r.ArticleId == a.Id)).Select(a => a.Id).ToListAsync();

    // Unpooled: the database is killed and restarted between checks, and a pooled connection would outlive its server.
    private static HealthNewsDbContext Open(DatabaseSettings database)
    {
        var connectionString = database.IsSqlite
            ? new SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString()
            : new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString();
        var options = new DbContextOptionsBuilder<HealthNewsDbContext>();
        (database with { ConnectionString = connectionString }).Configure(options);
        return new HealthNewsDbContext(options.Options);
    }
}
