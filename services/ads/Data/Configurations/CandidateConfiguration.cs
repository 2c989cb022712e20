using AdFlux.Ads.Candidates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.ToTable("candidates");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.TenantId, c.ClientProfileId });
        builder.Property(c => c.Location).HasMaxLength(100);
        builder.Property(c => c.EducationLevel).HasMaxLength(20);
        builder.Property(c => c.Availability).HasMaxLength(20);
        builder.Property(c => c.Email).HasMaxLength(320);
        builder.Property(c => c.Phone).HasMaxLength(32);
    }
}
