using AdFlux.Ads.Studio.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations.Studio;

internal sealed class ApprovalStepConfiguration : IEntityTypeConfiguration<ApprovalStep>
{
    public void Configure(EntityTypeBuilder<ApprovalStep> builder)
    {
        builder.ToTable("approval_steps");
        builder.HasKey(s => s.Id);
        // Ids are made here (Guid v7), so a row reached through a navigation is new, not an update.
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => new { s.WorkflowId, s.Position }).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.ApproverRole).HasMaxLength(20);
        builder.Property(s => s.Rule).HasMaxLength(10);
    }
}
