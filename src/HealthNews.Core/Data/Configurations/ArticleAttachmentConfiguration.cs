using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthNews.Core.Data.Configurations;

internal sealed class ArticleAttachmentConfiguration : IEntityTypeConfiguration<ArticleAttachment>
{
    public void Configure(EntityTypeBuilder<ArticleAttachment> builder)
    {
        builder.ToTable("ArticleAttachments");
        builder.HasKey(a => new { a.ArticleId, a.MediaFileId });
        builder.HasIndex(a => a.MediaFileId);
        builder.HasOne(a => a.Article).WithMany(a => a.Attachments)
            .HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // A file in use can't vanish from under an article.
        builder.HasOne(a => a.MediaFile).WithMany()
            .HasForeignKey(a => a.MediaFileId).OnDelete(DeleteBehavior.Restrict);
    }
}
