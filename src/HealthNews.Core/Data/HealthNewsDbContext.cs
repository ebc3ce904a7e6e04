using HealthNews.Core.Entities;
using HealthNews.Core.Markdown;
using HealthNews.Core.Media;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HealthNews.Core.Data;

public class HealthNewsDbContext(DbContextOptions<HealthNewsDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();
    public DbSet<ArticleAttachment> ArticleAttachments => Set<ArticleAttachment>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<ArticleSlugRedirect> ArticleSlugRedirects => Set<ArticleSlugRedirect>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Poll> Polls => Set<Poll>();
    public DbSet<PollOption> PollOptions => Set<PollOption>();
    public DbSet<PollBallot> PollBallots => Set<PollBallot>();
    public DbSet<PollBallotChoice> PollBallotChoices => Set<PollBallotChoice>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HealthNewsDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime column holds UTC. SQLite hands values back as Unspecified; mark them UTC in one place.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changed = ChangedArticles();
        BeforeSave(changed, await this.ImageSizesAsync(changed.SelectMany(e => MediaUrls.IdsIn(e.Entity.Body)), cancellationToken));
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var changed = ChangedArticles();
        BeforeSave(changed, this.ImageSizes(changed.SelectMany(e => MediaUrls.IdsIn(e.Entity.Body))));
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private static readonly MarkdownRenderer BodyRenderer = new();

    private List<EntityEntry<Article>> ChangedArticles() =>
        ChangeTracker.Entries<Article>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();

    // Derived columns, computed here so that no writer can forget them.
    private static void BeforeSave(List<EntityEntry<Article>> changed, IReadOnlyDictionary<int, (int Width, int Height)> imageSizes)
    {
        foreach (var entry in changed)
        {
            var article = entry.Entity;
            // What readers are served: the body rendered once per save instead of once per request.
            article.BodyHtml = BodyRenderer.ToHtml(article.Body, imageSizes.SizeLookup());
            article.SearchKey = ProviderNeutral.SearchKey(article.Title + " " + article.Summary);
            if (entry.State == EntityState.Modified)
            {
                // A provider-neutral concurrency token: a new value on every update, compared by EF in the WHERE clause.
                article.ConcurrencyStamp = Guid.NewGuid();
            }
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
