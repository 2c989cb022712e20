using AdFlux.Ads.Studio.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations.Studio;

internal sealed class ContentRequestConfiguration : IEntityTypeConfiguration<ContentRequest>
{
    public void Configure(EntityTypeBuilder<ContentRequest> builder)
    {
        builder.ToTable("content_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.TenantId, r.ClientProfileId, r.CreatedAt });
        builder.HasIndex(r => new { r.TenantId, r.CampaignId });
        builder.HasIndex(r => new { r.TenantId, r.ClipId });
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Brief).HasMaxLength(4000);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.Property(r => r.EscalationLeaseOwner).HasMaxLength(100);
        builder.HasMany(r => r.Transitions).WithOne().HasForeignKey(t => t.ContentRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Assets).WithOne().HasForeignKey(a => a.ContentRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Decisions).WithOne().HasForeignKey(d => d.ContentRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.VideoVariants).WithOne().HasForeignKey(v => v.ContentRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Delegations).WithOne().HasForeignKey(d => d.ContentRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.ComplianceScore);
    }
}
