using AdFlux.Ads.Candidates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations;

internal sealed class CandidateSegmentConfiguration : IEntityTypeConfiguration<CandidateSegment>
{
    public void Configure(EntityTypeBuilder<CandidateSegment> builder)
    {
        builder.ToTable("candidate_segments");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.TenantId, s.ClientProfileId });
        builder.Property(s => s.Description).HasMaxLength(500);
        builder.Property(s => s.MetaAudienceId).HasMaxLength(64);
        builder.Property(s => s.AudienceStatus).HasMaxLength(20);
    }
}
