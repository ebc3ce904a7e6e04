using System.Globalization;
using System.Text;
using HealthNews.Core.Data;
using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HealthNews.Core.Polls;

/// <summary>
/// Writes a batch of ballots with a few set-based statements instead of one INSERT per ballot and per choice (EF's
/// SQLite provider sends each row as its own command: most of a batch's time under load, docs/benchmarks.md). On SQLite
/// and PostgreSQL one INSERT … ON CONFLICT DO NOTHING RETURNING writes every ballot whose voter is new and names their
/// ids; SQL Server, which has neither, asks which voters are in first and reads the new ids back by the (poll, voter)
/// unique index. Then every choice goes in with one more INSERT. Table and column names come from the EF model, quoted by
/// the provider. Runs in the caller's transaction.
/// </summary>
internal static class BallotRows
{
    // SQL Server takes at most 2,100 parameters in a command.
    private const int MaxParameters = 2_000;

    private static readonly string[] BallotColumns =
        [nameof(PollBallot.PollId), nameof(PollBallot.VoterKey), nameof(PollBallot.AddressHash), nameof(PollBallot.CastAtUtc)];

    private static readonly string[] ChoiceColumns = [nameof(PollBallotChoice.BallotId), nameof(PollBallotChoice.OptionId)];

    /// <summary>
    /// Writes the ballots of <paramref name="ballots"/> (one poll, distinct voters) whose voter has not voted yet, with
    /// their choices; sets their ids and returns them. A ballot left out was from a voter already in the database.
    /// </summary>
    public static async Task<IReadOnlyList<PollBallot>> InsertNewAsync(HealthNewsDbContext db, int pollId, IReadOnlyList<PollBallot> ballots)
    {
        var ballotTable = Table<PollBallot>(db, BallotColumns);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        if (db.Database.IsSqlServer())
        {
            var keys = ballots.Select(b => b.VoterKey).ToList();
            var voted = (await VotersAsync(db, pollId, keys)).Keys.ToHashSet(StringComparer.Ordinal);
            await ExecuteAsync(db, ballotTable, "", Rows(ballots.Where(b => !voted.Contains(b.VoterKey))));
            foreach (var (key, id) in await VotersAsync(db, pollId, keys.Where(k => !voted.Contains(k)).ToList()))
            {
                ids[key] = id;
            }
        }
        else
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            var returning = $" ON CONFLICT DO NOTHING RETURNING {sql.DelimitIdentifier(Column<PollBallot>(db, nameof(PollBallot.Id)))}, "
                + sql.DelimitIdentifier(Column<PollBallot>(db, nameof(PollBallot.VoterKey)));
            foreach (var (id, key) in await ExecuteAsync(db, ballotTable, returning, Rows(ballots)))
            {
                ids[key] = id;
            }
        }

        var written = ballots.Where(b => ids.ContainsKey(b.VoterKey)).ToList();
        foreach (var ballot in written)
        {
            ballot.Id = ids[ballot.VoterKey];
            ballot.Choices.ForEach(choice => choice.BallotId = ballot.Id);
        }
        await ExecuteAsync(db, Table<PollBallotChoice>(db, ChoiceColumns), "",
            written.SelectMany(b => b.Choices).Select(c => new object[] { c.BallotId, c.OptionId }));
        return written;
    }

    private static IEnumerable<object[]> Rows(IEnumerable<PollBallot> ballots) =>
        ballots.Select(b => new object[] { b.PollId, b.VoterKey, b.AddressHash, b.CastAtUtc });

    private static async Task<Dictionary<string, long>> VotersAsync(HealthNewsDbContext db, int pollId, List<string> keys) =>
        await db.PollBallots.AsNoTracking().Where(b => b.PollId == pollId && keys.Contains(b.VoterKey))
            .Select(b => new { b.VoterKey, b.Id }).ToDictionaryAsync(b => b.VoterKey, b => b.Id, StringComparer.Ordinal);

    // "INSERT INTO "Table" ("A", "B") VALUES " for the entity's table and the given properties' columns.
    private static (string Head, int Columns) Table<T>(DbContext db, string[] properties)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var type = db.Model.FindEntityType(typeof(T))!;
        return ($"INSERT INTO {sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema())} ("
            + string.Join(", ", properties.Select(p => sql.DelimitIdentifier(Column<T>(db, p)))) + ") VALUES ", properties.Length);
    }

    private static string Column<T>(DbContext db, string property)
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        return type.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema()))!;
    }

    // Multi-row INSERTs of at most MaxParameters values each; the (id, voter) rows of a RETURNING clause when there is one.
    private static async Task<List<(long Id, string Key)>> ExecuteAsync(DbContext db, (string Head, int Columns) table, string tail, IEnumerable<object[]> rows)
    {
        var returned = new List<(long, string)>();
        var connection = db.Database.GetDbConnection();
        foreach (var chunk in rows.Chunk(MaxParameters / table.Columns))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var text = new StringBuilder(table.Head);
            foreach (var row in chunk)
            {
                text.Append(command.Parameters.Count == 0 ? "(" : ", (");
                for (var i = 0; i < row.Length; i++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = "@p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
                    parameter.Value = row[i];
                    command.Parameters.Add(parameter);
                    text.Append(i == 0 ? "" : ", ").Append(parameter.ParameterName);
                }
                text.Append(')');
            }
            command.CommandText = text.Append(tail).ToString();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                returned.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }
        return returned;
    }
}
