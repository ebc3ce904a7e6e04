using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthNews.Core.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles");
        builder.Property(a => a.Title).HasMaxLength(500).IsRequired();
        builder.Property(a => a.Slug).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Summary).HasMaxLength(2000);
        builder.Property(a => a.Body).IsRequired();
        builder.Property(a => a.AuthorName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20).IsRequired();
        builder.Property(a => a.FeaturedImageAlt).HasMaxLength(500);
        builder.Property(a => a.FeaturedImageCaption).HasMaxLength(1000);
        builder.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(a => a.SearchKey).HasMaxLength(3000).IsRequired();
        builder.Property(a => a.AuthorId).HasMaxLength(450);
        builder.Property(a => a.SubmittedById).HasMaxLength(450);
        builder.Property(a => a.SeoDescription).HasMaxLength(300);
        builder.HasIndex(a => new { a.AuthorId, a.Status });

        builder.HasIndex(a => a.Slug).IsUnique();
        // The public read paths: latest published, and a category's published items newest first.
        builder.HasIndex(a => new { a.Status, a.PublishedAtUtc });
        builder.HasIndex(a => new { a.CategoryId, a.Status, a.PublishedAtUtc });

        builder.HasOne(a => a.Category).WithMany()
            .HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.FeaturedImage).WithMany()
            .HasForeignKey(a => a.FeaturedImageId).OnDelete(DeleteBehavior.SetNull);
    }
}
