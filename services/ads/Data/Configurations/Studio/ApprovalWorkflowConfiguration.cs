using AdFlux.Ads.Studio.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations.Studio;

internal sealed class ApprovalWorkflowConfiguration : IEntityTypeConfiguration<ApprovalWorkflow>
{
    public void Configure(EntityTypeBuilder<ApprovalWorkflow> builder)
    {
        builder.ToTable("approval_workflows");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.HasIndex(w => new { w.TenantId, w.CreatedAt });
        builder.Property(w => w.Name).HasMaxLength(200);
        builder.HasMany(w => w.Steps).WithOne().HasForeignKey(s => s.WorkflowId).OnDelete(DeleteBehavior.Cascade);
    }
}
