namespace HealthNews.Core.Data;

/// <summary>
/// The full-text indexes over the articles' folded search columns (ADR-010), named once for the migration, the model and
/// the queries. SQLite: an FTS5 table with the articles as its external content, kept in step by triggers in the same
/// transaction as every write. PostgreSQL: a stored, generated tsvector column with a GIN index. SQL Server: none yet
/// (LIKE over the same folded columns).
/// </summary>
public static class FullTextSearch
{
    /// <summary>The SQLite FTS5 table; its shadow tables start with the same name.</summary>
    public const string SqliteTable = "ArticleSearch";

    /// <summary>bm25 weights of the SQLite columns, in order: title, summary, body.</summary>
    public const string SqliteWeights = "10.0, 4.0, 1.0";

    public static readonly string[] SqliteCreate =
    [
        $"""CREATE VIRTUAL TABLE "{SqliteTable}" USING fts5("SearchTitle", "SearchSummary", "SearchBody", content='Articles', content_rowid='Id', tokenize='unicode61 remove_diacritics 2')""",
        $"""
        CREATE TRIGGER "{SqliteTable}_Insert" AFTER INSERT ON "Articles" BEGIN
            INSERT INTO "{SqliteTable}"(rowid, "SearchTitle", "SearchSummary", "SearchBody") VALUES (new."Id", new."SearchTitle", new."SearchSummary", new."SearchBody");
        END
        """,
        $"""
        CREATE TRIGGER "{SqliteTable}_Delete" AFTER DELETE ON "Articles" BEGIN
            INSERT INTO "{SqliteTable}"("{SqliteTable}", rowid, "SearchTitle", "SearchSummary", "SearchBody") VALUES ('delete', old."Id", old."SearchTitle", old."SearchSummary", old."SearchBody");
        END
        """,
        $"""
        CREATE TRIGGER "{SqliteTable}_Update" AFTER UPDATE OF "SearchTitle", "SearchSummary", "SearchBody" ON "Articles" BEGIN
            INSERT INTO "{SqliteTable}"("{SqliteTable}", rowid, "SearchTitle", "SearchSummary", "SearchBody") VALUES ('delete', old."Id", old."SearchTitle", old."SearchSummary", old."SearchBody");
            INSERT INTO "{SqliteTable}"(rowid, "SearchTitle", "SearchSummary", "SearchBody") VALUES (new."Id", new."SearchTitle", new."SearchSummary", new."SearchBody");
        END
        """,
        // Rows that exist when the index is made.
        $"""INSERT INTO "{SqliteTable}"("{SqliteTable}") VALUES ('rebuild')""",
    ];

    public static readonly string[] SqliteDrop =
    [
        $"""DROP TRIGGER "{SqliteTable}_Insert" """,
        $"""DROP TRIGGER "{SqliteTable}_Delete" """,
        $"""DROP TRIGGER "{SqliteTable}_Update" """,
        $"""DROP TABLE "{SqliteTable}" """,
    ];

    /// <summary>
    /// SQLite: the columns search filters each hit on, keyed by the article's id. Search names it (INDEXED BY), as the
    /// planner otherwise looks hits up by rowid and reads each article's row, long body and all.
    /// </summary>
    public const string SqliteCoverIndex = "IX_Articles_Id_Status_PublishedAtUtc_CategoryId_Language";

    public const string SqliteCoverCreate =
        $"""CREATE INDEX "{SqliteCoverIndex}" ON "Articles" ("Id", "Status", "PublishedAtUtc", "CategoryId", "Language")""";

    /// <summary>The articles as search reads them on SQLite: through the covering index.</summary>
    public const string SqliteCoveredArticles = $"""SELECT * FROM "Articles" INDEXED BY "{SqliteCoverIndex}" """;

    /// <summary>The PostgreSQL tsvector column: title weighs A, summary B, body C; 'simple' because the text is already folded.</summary>
    public const string PostgreSqlColumn = "SearchVector";

    public const string PostgreSqlIndex = "IX_Articles_SearchVector";

    public const string PostgreSqlVector =
        """setweight(to_tsvector('simple'::regconfig, coalesce("SearchTitle", '')), 'A') || """ +
        """setweight(to_tsvector('simple'::regconfig, coalesce("SearchSummary", '')), 'B') || """ +
        """setweight(to_tsvector('simple'::regconfig, coalesce("SearchBody", '')), 'C')""";

    /// <summary>
    /// How many rows the query has before its Skip/Take: <c>COUNT(*) OVER ()</c> in SQL, so a page of results and their
    /// total come from one pass over the matches (mapped in <see cref="HealthNewsDbContext"/>; only valid in a query).
    /// </summary>
    public static int RowsBeforePaging() => throw new NotSupportedException("Only in a LINQ query that the database runs.");
}
