using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthNews.Core.Data.Configurations;

internal sealed class OldAddressConfiguration : IEntityTypeConfiguration<OldAddress>
{
    public void Configure(EntityTypeBuilder<OldAddress> builder)
    {
        builder.ToTable("OldAddresses");
        builder.Property(a => a.OldSlug).HasMaxLength(FieldLimits.Slug).IsRequired();
        builder.Property(a => a.TargetPath).HasMaxLength(FieldLimits.SitePath).IsRequired();
        builder.HasIndex(a => a.OldSlug).IsUnique();
    }
}
