using AdFlux.Ads.Studio.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations.Studio;

internal sealed class ApprovalDelegationConfiguration : IEntityTypeConfiguration<ApprovalDelegation>
{
    public void Configure(EntityTypeBuilder<ApprovalDelegation> builder)
    {
        builder.ToTable("approval_delegations");
        builder.HasKey(d => d.Id);
        // Ids are made here (Guid v7), so a row reached through a navigation is new, not an update.
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasIndex(d => new { d.ContentRequestId, d.Round, d.Step, d.FromUserId }).IsUnique().HasDatabaseName("ix_approval_delegations_delegator");
        builder.Property(d => d.Reason).HasMaxLength(2000);
    }
}
