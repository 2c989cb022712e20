using AdFlux.Video.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Video.Data.Configurations;

internal sealed class PublicationMetricConfiguration : IEntityTypeConfiguration<PublicationMetric>
{
    public void Configure(EntityTypeBuilder<PublicationMetric> builder)
    {
        builder.ToTable("publication_metrics");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => m.PublicationId).IsUnique();
    }
}
