using HealthNews.Core.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HealthNews.Core.Data;

public class HealthNewsDbContext(DbContextOptions<HealthNewsDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();
    public DbSet<ArticleAttachment> ArticleAttachments => Set<ArticleAttachment>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<ArticleSlugRedirect> ArticleSlugRedirects => Set<ArticleSlugRedirect>();
    public DbSet<ArticleEditor> ArticleEditors => Set<ArticleEditor>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Poll> Polls => Set<Poll>();
    public DbSet<PollOption> PollOptions => Set<PollOption>();
    public DbSet<PollBallot> PollBallots => Set<PollBallot>();
    public DbSet<PollBallotChoice> PollBallotChoices => Set<PollBallotChoice>();
    public DbSet<OldAddress> OldAddresses => Set<OldAddress>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<ArticleTag> ArticleTags => Set<ArticleTag>();
    public DbSet<ArticleRelatedPick> ArticleRelatedPicks => Set<ArticleRelatedPick>();

    /// <summary>The Data Protection key ring every web server shares (ADR-016): each key's XML, encrypted by the key secret.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HealthNewsDbContext).Assembly);
        builder.HasDbFunction(typeof(FullTextSearch).GetMethod(nameof(FullTextSearch.RowsBeforePaging))!)
            .HasTranslation(_ => new SqlFunctionExpression("COUNT(*) OVER", [], nullable: false, [], typeof(int), IntTypeMapping.Default));
        if (Database.IsNpgsql())
        {
            // The full-text index lives in the database; the application never reads the vector itself (ADR-010).
            builder.Entity<Article>().Property<NpgsqlTypes.NpgsqlTsVector>(FullTextSearch.PostgreSqlColumn)
                .HasComputedColumnSql(FullTextSearch.PostgreSqlVector, stored: true);
            builder.Entity<Article>().HasIndex(FullTextSearch.PostgreSqlColumn).HasDatabaseName(FullTextSearch.PostgreSqlIndex).HasMethod("GIN");
        }
        if (Database.IsSqlServer())
        {
            // SQL Server compares by collation: folded text compares folded there too (ADR-009).
            builder.Entity<Article>().Property(a => a.SearchKey).UseCollation(ProviderNeutral.SqlServerFoldedCollation);
            builder.Entity<Tag>().Property(t => t.SearchKey).UseCollation(ProviderNeutral.SqlServerFoldedCollation);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime column holds UTC. SQLite hands values back as Unspecified; mark them UTC in one place.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewConcurrencyStamps();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewConcurrencyStamps();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    // A provider-neutral concurrency token, in the place of SQL Server's rowversion or PostgreSQL's xmin: a new value on
    // every update of an article, compared by EF in the UPDATE's WHERE clause. Part of saving, not domain work.
    private void RenewConcurrencyStamps()
    {
        foreach (var entry in ChangeTracker.Entries<Article>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.ConcurrencyStamp = Guid.NewGuid();
            }
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
