using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthNews.Core.Data.Configurations;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        builder.ToTable("ArticleRevisions");
        builder.Property(r => r.Title).HasMaxLength(500).IsRequired();
        builder.Property(r => r.Slug).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(2000);
        builder.Property(r => r.Body).IsRequired();
        builder.Property(r => r.FeaturedImageAlt).HasMaxLength(500);
        builder.Property(r => r.FeaturedImageCaption).HasMaxLength(1000);
        builder.Property(r => r.SeoDescription).HasMaxLength(300);
        builder.Property(r => r.AttachmentIds).HasMaxLength(1000).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(200).IsRequired();
        builder.Property(r => r.CreatedById).HasMaxLength(450);
        builder.Property(r => r.CreatedByName).HasMaxLength(200).IsRequired();
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        builder.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleSlugRedirectConfiguration : IEntityTypeConfiguration<ArticleSlugRedirect>
{
    public void Configure(EntityTypeBuilder<ArticleSlugRedirect> builder)
    {
        builder.ToTable("ArticleSlugRedirects");
        builder.Property(r => r.OldSlug).HasMaxLength(200).IsRequired();
        builder.HasIndex(r => r.OldSlug).IsUnique();
        builder.HasIndex(r => r.ArticleId);
        builder.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("AuditEvents");
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(256).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(64).IsRequired();
        builder.Property(e => e.EntityType).HasMaxLength(64);
        builder.Property(e => e.EntityId).HasMaxLength(64);
        builder.Property(e => e.Details).HasMaxLength(4000).IsRequired();
        builder.Property(e => e.IpAddress).HasMaxLength(64);
        builder.HasIndex(e => e.OccurredAtUtc);
        builder.HasIndex(e => new { e.UserId, e.OccurredAtUtc });
        builder.HasIndex(e => new { e.Action, e.OccurredAtUtc });
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
    }
}
