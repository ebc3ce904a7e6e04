using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthNews.Core.Data.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("Categories");
        builder.Property(c => c.Name).HasMaxLength(FieldLimits.Category.Name).IsRequired();
        builder.Property(c => c.Slug).HasMaxLength(FieldLimits.Slug).IsRequired();
        // The defaults only let the columns join existing rows, which the migration then fills from the Vietnamese ones.
        // Saved through the properties, which stand for the Vietnamese name and slug until English ones are given.
        builder.Property(c => c.EnglishName).HasMaxLength(FieldLimits.Category.Name).IsRequired().HasDefaultValue("")
            .UsePropertyAccessMode(PropertyAccessMode.Property);
        builder.Property(c => c.EnglishSlug).HasMaxLength(FieldLimits.Slug).IsRequired().HasDefaultValue("")
            .UsePropertyAccessMode(PropertyAccessMode.Property);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => c.EnglishSlug).IsUnique();
        builder.HasIndex(c => new { c.ParentId, c.SortOrder });
        builder.HasOne(c => c.Parent).WithMany(c => c.Children)
            .HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
