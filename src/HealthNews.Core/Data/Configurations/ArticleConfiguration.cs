using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthNews.Core.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles");
        builder.Property(a => a.Title).HasMaxLength(FieldLimits.Article.Title).IsRequired();
        builder.Property(a => a.Slug).HasMaxLength(FieldLimits.Slug).IsRequired();
        builder.Property(a => a.Summary).HasMaxLength(FieldLimits.Article.Summary);
        builder.Property(a => a.Body).IsRequired();
        builder.Property(a => a.AuthorName).HasMaxLength(FieldLimits.PersonName).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(FieldLimits.Article.Status).IsRequired();
        builder.Property(a => a.FeaturedImageAlt).HasMaxLength(FieldLimits.Article.FeaturedImageAlt);
        builder.Property(a => a.FeaturedImageCaption).HasMaxLength(FieldLimits.Article.FeaturedImageCaption);
        builder.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(a => a.SearchKey).HasMaxLength(FieldLimits.Article.SearchKey).IsRequired();
        builder.Property(a => a.SearchTitle).HasMaxLength(FieldLimits.Article.Title);
        builder.Property(a => a.SearchSummary).HasMaxLength(FieldLimits.Article.Summary);
        builder.Property(a => a.AuthorId).HasMaxLength(FieldLimits.UserId);
        builder.Property(a => a.SubmittedById).HasMaxLength(FieldLimits.UserId);
        builder.Property(a => a.SeoDescription).HasMaxLength(FieldLimits.Article.SeoDescription);
        builder.Property(a => a.ReturnReason).HasMaxLength(FieldLimits.Article.ReturnReason);
        builder.Property(a => a.ReturnedByName).HasMaxLength(FieldLimits.PersonName);
        builder.HasIndex(a => new { a.AuthorId, a.Status });

        builder.Property(a => a.Language).HasMaxLength(ContentLanguage.MaxLength).IsRequired().HasDefaultValue(ContentLanguage.Vietnamese);

        // Each edition has its own addresses: an English and a Vietnamese article may share a slug (ADR-017).
        builder.HasIndex(a => new { a.Language, a.Slug }).IsUnique();
        // The public read paths, per edition: latest published, and a category's published items newest first.
        builder.HasIndex(a => new { a.Language, a.Status, a.PublishedAtUtc });
        builder.HasIndex(a => new { a.CategoryId, a.Language, a.Status, a.PublishedAtUtc });
        builder.HasIndex(a => a.TranslationOfId).IsUnique(); // at most one translation of an article
        builder.HasIndex(a => a.PinnedAtUtc); // the lead story: the newest pin among a handful

        builder.HasOne(a => a.Category).WithMany()
            .HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.TranslationOf).WithMany()
            .HasForeignKey(a => a.TranslationOfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.FeaturedImage).WithMany()
            .HasForeignKey(a => a.FeaturedImageId).OnDelete(DeleteBehavior.SetNull);
    }
}
