using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthNews.Core.Data.Configurations;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.ToTable("Tags");
        builder.Property(t => t.Name).HasMaxLength(FieldLimits.Tag.Name).IsRequired();
        builder.Property(t => t.Slug).HasMaxLength(FieldLimits.Slug).IsRequired();
        builder.Property(t => t.SearchKey).HasMaxLength(FieldLimits.Tag.Name).IsRequired();
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}

internal sealed class ArticleTagConfiguration : IEntityTypeConfiguration<ArticleTag>
{
    public void Configure(EntityTypeBuilder<ArticleTag> builder)
    {
        builder.ToTable("ArticleTags");
        builder.HasKey(t => new { t.ArticleId, t.TagId });
        builder.HasIndex(t => t.TagId); // the tag page: a tag's articles
        builder.HasOne(t => t.Article).WithMany(a => a.Tags).HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Tag).WithMany().HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleRelatedPickConfiguration : IEntityTypeConfiguration<ArticleRelatedPick>
{
    public void Configure(EntityTypeBuilder<ArticleRelatedPick> builder)
    {
        builder.ToTable("ArticleRelatedPicks");
        builder.HasKey(p => new { p.ArticleId, p.RelatedArticleId });
        builder.HasIndex(p => p.RelatedArticleId);
        builder.HasOne(p => p.Article).WithMany(a => a.RelatedPicks).HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // Not a second cascade from Articles (SQL Server refuses two cascading paths into one table): purging an article
        // removes the picks that name it first (ArticlePublishing.PurgeAsync).
        builder.HasOne(p => p.RelatedArticle).WithMany().HasForeignKey(p => p.RelatedArticleId).OnDelete(DeleteBehavior.Restrict);
    }
}
