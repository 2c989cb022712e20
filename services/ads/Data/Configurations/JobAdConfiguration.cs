using AdFlux.Ads.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ads.Data.Configurations;

internal sealed class JobAdConfiguration : IEntityTypeConfiguration<JobAd>
{
    public void Configure(EntityTypeBuilder<JobAd> builder)
    {
        builder.ToTable("job_ads");
        builder.HasKey(j => j.Id);
        builder.HasIndex(j => new { j.TenantId, j.ClientProfileId });
        builder.Property(j => j.Title).HasMaxLength(200);
        builder.Property(j => j.Description).HasMaxLength(5000);
        builder.Property(j => j.Location).HasMaxLength(100);
        builder.Property(j => j.Currency).HasMaxLength(3);
        builder.Property(j => j.EmploymentType).HasMaxLength(20);
    }
}
