using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthNews.Core.Data.Configurations;

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> builder)
    {
        builder.ToTable("MediaFiles");
        builder.Property(m => m.FileName).HasMaxLength(FieldLimits.Media.FileName).IsRequired();
        builder.Property(m => m.ContentType).HasMaxLength(FieldLimits.Media.ContentType).IsRequired();
        builder.Property(m => m.AltText).HasMaxLength(FieldLimits.Media.AltText);
        builder.Property(m => m.Caption).HasMaxLength(FieldLimits.Media.Caption);
        builder.Property(m => m.StorageKey).HasMaxLength(FieldLimits.Media.StorageKey).IsRequired();
        builder.Property(m => m.Variants).HasMaxLength(FieldLimits.Media.Variants);
        builder.HasIndex(m => m.StorageKey).IsUnique();
        builder.Ignore(m => m.IsImage);
    }
}
