using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthNews.Core.Data.Configurations;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        builder.ToTable("ArticleRevisions");
        builder.Property(r => r.Title).HasMaxLength(FieldLimits.Article.Title).IsRequired();
        builder.Property(r => r.Slug).HasMaxLength(FieldLimits.Slug).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(FieldLimits.Article.Summary);
        builder.Property(r => r.Body).IsRequired();
        builder.Property(r => r.FeaturedImageAlt).HasMaxLength(FieldLimits.Article.FeaturedImageAlt);
        builder.Property(r => r.FeaturedImageCaption).HasMaxLength(FieldLimits.Article.FeaturedImageCaption);
        builder.Property(r => r.SeoDescription).HasMaxLength(FieldLimits.Article.SeoDescription);
        builder.Property(r => r.AttachmentIds).HasMaxLength(FieldLimits.Article.RevisionAttachmentIds).IsRequired();
        builder.Property(r => r.Tags).HasMaxLength(FieldLimits.Article.RevisionTags);
        builder.Property(r => r.RelatedArticleIds).HasMaxLength(FieldLimits.Article.RevisionRelatedArticleIds);
        builder.Property(r => r.Note).HasMaxLength(FieldLimits.Article.RevisionNote).IsRequired();
        builder.Property(r => r.CreatedById).HasMaxLength(FieldLimits.UserId);
        builder.Property(r => r.CreatedByName).HasMaxLength(FieldLimits.PersonName).IsRequired();
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        builder.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleSlugRedirectConfiguration : IEntityTypeConfiguration<ArticleSlugRedirect>
{
    public void Configure(EntityTypeBuilder<ArticleSlugRedirect> builder)
    {
        builder.ToTable("ArticleSlugRedirects");
        builder.Property(r => r.OldSlug).HasMaxLength(FieldLimits.Slug).IsRequired();
        builder.HasIndex(r => r.OldSlug); // unique per edition, which the slug policy keeps (ADR-017)
        builder.HasIndex(r => r.ArticleId);
        builder.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleEditorConfiguration : IEntityTypeConfiguration<ArticleEditor>
{
    public void Configure(EntityTypeBuilder<ArticleEditor> builder)
    {
        builder.ToTable("ArticleEditors");
        // One row per person and article. A surrogate key: (ArticleId, UserId) is 904 bytes on SQL Server, over its
        // 900-byte limit for a clustered key; as a unique index it is within the 1,700 bytes allowed.
        builder.HasIndex(e => new { e.ArticleId, e.UserId }).IsUnique();
        builder.Property(e => e.UserId).HasMaxLength(FieldLimits.UserId);
        builder.Property(e => e.UserName).HasMaxLength(FieldLimits.PersonName).IsRequired();
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("AuditEvents");
        builder.Property(e => e.UserId).HasMaxLength(FieldLimits.UserId);
        builder.Property(e => e.UserName).HasMaxLength(FieldLimits.Audit.UserName).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(FieldLimits.Audit.Action).IsRequired();
        builder.Property(e => e.EntityType).HasMaxLength(FieldLimits.Audit.EntityType);
        builder.Property(e => e.EntityId).HasMaxLength(FieldLimits.Audit.EntityId);
        builder.Property(e => e.Details).HasMaxLength(FieldLimits.Audit.Details).IsRequired();
        builder.Property(e => e.IpAddress).HasMaxLength(FieldLimits.Audit.IpAddress);
        builder.HasIndex(e => e.OccurredAtUtc);
        builder.HasIndex(e => new { e.UserId, e.OccurredAtUtc });
        builder.HasIndex(e => new { e.Action, e.OccurredAtUtc });
        builder.HasIndex(e => new { e.EntityType, e.EntityId }); // an article's workflow on its history page
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(FieldLimits.PersonName).IsRequired();
    }
}
