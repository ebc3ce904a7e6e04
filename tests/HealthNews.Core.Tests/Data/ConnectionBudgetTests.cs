using HealthNews.Core.Configuration;
using HealthNews.Core.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HealthNews.Core.Tests.Data;

/// <summary>The pool of each web server, sized from configuration, and how a saturated database is told apart (ADR-016).</summary>
public sealed class ConnectionBudgetTests
{
    private const string Postgres = "Host=db;Database=healthnews;Username=u;Password=p";

    [Fact]
    public void WithoutSettingsAServerDatabaseGetsTheDocumentedPoolAndAShortWait()
    {
        var built = new NpgsqlConnectionStringBuilder(ConnectionBudget.Apply(DatabaseOptions.PostgreSql, Postgres, new DatabaseOptions()));

        Assert.Equal((DatabaseOptions.DefaultMaxPoolSize, DatabaseOptions.DefaultConnectionTimeoutSeconds), (built.MaxPoolSize, built.Timeout));
        Assert.Equal(("db", "p"), (built.Host, built.Password));
    }

    [Fact]
    public void TheConnectionStringsOwnValuesStandUnlessTheSettingsNameOthers()
    {
        var own = Postgres + ";Maximum Pool Size=70;Timeout=9";

        var kept = new NpgsqlConnectionStringBuilder(ConnectionBudget.Apply(DatabaseOptions.PostgreSql, own, new DatabaseOptions()));
        var set = new NpgsqlConnectionStringBuilder(ConnectionBudget.Apply(DatabaseOptions.PostgreSql, own,
            new DatabaseOptions { MaxPoolSize = 25, ConnectionTimeoutSeconds = 3 }));
        var sqlServer = new SqlConnectionStringBuilder(ConnectionBudget.Apply(DatabaseOptions.SqlServer, "Server=db;Database=HealthNews;Connect Timeout=30",
            new DatabaseOptions { MaxPoolSize = 25 }));

        Assert.Equal((70, 9), (kept.MaxPoolSize, kept.Timeout));
        Assert.Equal((25, 3), (set.MaxPoolSize, set.Timeout));
        Assert.Equal((25, 30), (sqlServer.MaxPoolSize, sqlServer.ConnectTimeout));
    }

    [Fact]
    public void SqliteIsLeftAsItIsAndAnImpossiblePoolStopsStartUp()
    {
        Assert.Equal("Data Source=a.db", ConnectionBudget.Apply(DatabaseOptions.Sqlite, "Data Source=a.db", new DatabaseOptions { MaxPoolSize = 5 }));
        var wrong = Assert.Throws<StartupException>(() => ConnectionBudget.Apply(DatabaseOptions.PostgreSql, Postgres, new DatabaseOptions { MaxPoolSize = 0 }));
        Assert.Equal("Database:MaxPoolSize must be from 1 to 1000 (it is 0).", wrong.Message);
    }

    [Fact]
    public void AFullServerOrPoolIsBusyAndAConstraintIsNot()
    {
        var tooMany = new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300");
        var duplicate = new PostgresException("duplicate key value", "ERROR", "ERROR", "23505");
        var exhausted = new NpgsqlException("The connection pool has been exhausted", new TimeoutException());

        Assert.True(DatabaseBusy.IsCauseOf(tooMany));
        Assert.True(DatabaseBusy.IsCauseOf(new DbUpdateException("saving", exhausted)));
        Assert.True(DatabaseBusy.IsCauseOf(new SqliteException("database is locked", 5)));
        Assert.False(DatabaseBusy.IsCauseOf(duplicate));
        Assert.False(DatabaseBusy.IsCauseOf(new InvalidOperationException("pool")));
        Assert.True(ConstraintViolation.IsCauseOf(new DbUpdateException("saving", duplicate)));
        Assert.True(ConstraintViolation.IsCauseOf(new SqliteException("UNIQUE constraint failed", 19)));
        Assert.False(ConstraintViolation.IsCauseOf(tooMany));
        Assert.False(ConstraintViolation.IsCauseOf(new SqliteException("disk I/O error", 10)));
    }
}
