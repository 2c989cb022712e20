using AdFlux.Ads.Studio.ExternalLinks;
using AdFlux.Ads.Studio.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations.Studio;

internal sealed class ExternalApprovalLinkConfiguration : IEntityTypeConfiguration<ExternalApprovalLink>
{
    public void Configure(EntityTypeBuilder<ExternalApprovalLink> builder)
    {
        builder.ToTable("external_approval_links");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.HasIndex(l => l.ContentRequestId);
        builder.HasOne<ContentRequest>().WithMany().HasForeignKey(l => l.ContentRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.ApproverName).HasMaxLength(200);
    }
}
