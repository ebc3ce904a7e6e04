using HealthNews.Core.Common;
using HealthNews.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthNews.Core.Data.Configurations;

internal sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> builder)
    {
        builder.ToTable("Polls");
        builder.Property(p => p.Question).HasMaxLength(FieldLimits.Poll.Question).IsRequired();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(FieldLimits.Poll.Enum).IsRequired();
        builder.Property(p => p.ResultsVisibility).HasConversion<string>().HasMaxLength(FieldLimits.Poll.Enum).IsRequired();
        builder.Property(p => p.AddressSalt).HasMaxLength(FieldLimits.Poll.AddressSalt).IsRequired();
        builder.Property(p => p.Language).HasMaxLength(ContentLanguage.MaxLength).IsRequired().HasDefaultValue(ContentLanguage.Vietnamese);
        builder.HasIndex(p => new { p.Status, p.IsFeatured });
        builder.HasMany(p => p.Options).WithOne().HasForeignKey(o => o.PollId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PollOptionConfiguration : IEntityTypeConfiguration<PollOption>
{
    public void Configure(EntityTypeBuilder<PollOption> builder)
    {
        builder.ToTable("PollOptions");
        builder.Property(o => o.Text).HasMaxLength(FieldLimits.Poll.OptionText).IsRequired();
        builder.HasIndex(o => new { o.PollId, o.SortOrder });
    }
}

internal sealed class PollBallotConfiguration : IEntityTypeConfiguration<PollBallot>
{
    public void Configure(EntityTypeBuilder<PollBallot> builder)
    {
        builder.ToTable("PollBallots");
        builder.Property(b => b.VoterKey).HasMaxLength(FieldLimits.Poll.VoterKey).IsRequired();
        builder.Property(b => b.AddressHash).HasMaxLength(FieldLimits.Poll.AddressHash).IsRequired();
        builder.HasIndex(b => new { b.PollId, b.VoterKey }).IsUnique();
        builder.HasIndex(b => new { b.PollId, b.CastAtUtc });
        builder.HasOne<Poll>().WithMany().HasForeignKey(b => b.PollId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Choices).WithOne().HasForeignKey(c => c.BallotId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PollBallotChoiceConfiguration : IEntityTypeConfiguration<PollBallotChoice>
{
    public void Configure(EntityTypeBuilder<PollBallotChoice> builder)
    {
        builder.ToTable("PollBallotChoices");
        builder.HasKey(c => new { c.BallotId, c.OptionId });
        builder.HasIndex(c => c.OptionId);
        builder.HasOne<PollOption>().WithMany().HasForeignKey(c => c.OptionId).OnDelete(DeleteBehavior.Restrict);
    }
}
