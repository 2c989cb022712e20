using AdFlux.Ads.Studio.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations.Studio;

internal sealed class ApprovalDecisionConfiguration : IEntityTypeConfiguration<ApprovalDecision>
{
    public void Configure(EntityTypeBuilder<ApprovalDecision> builder)
    {
        builder.ToTable("approval_decisions");
        builder.HasKey(d => d.Id);
        // Ids are made here (Guid v7), so a row reached through a navigation is new, not an update.
        builder.Property(d => d.Id).ValueGeneratedNever();
        // One vote per approver per step and round, whatever races past the engine's check.
        builder.HasIndex(d => new { d.ContentRequestId, d.Round, d.Step, d.OnBehalfOf }).IsUnique().HasDatabaseName("ix_approval_decisions_vote");
        builder.Property(d => d.Via).HasMaxLength(20);
        builder.Property(d => d.Kind).HasMaxLength(20);
        builder.Property(d => d.Comment).HasMaxLength(2000);
    }
}
