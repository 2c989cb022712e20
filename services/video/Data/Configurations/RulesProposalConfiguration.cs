using AdFlux.Video.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Video.Data.Configurations;

internal sealed class RulesProposalConfiguration : IEntityTypeConfiguration<RulesProposal>
{
    public void Configure(EntityTypeBuilder<RulesProposal> builder)
    {
        builder.ToTable("rules_proposals");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.TenantId, p.Platform, p.CreatedAt });
        builder.Property(p => p.Platform).HasMaxLength(40);
        builder.Property(p => p.Reason).HasMaxLength(2000);
    }
}
