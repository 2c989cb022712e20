using AdFlux.Ingest.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ingest.Data.Configurations;

internal sealed class PulledFigureConfiguration : IEntityTypeConfiguration<PulledFigure>
{
    public void Configure(EntityTypeBuilder<PulledFigure> builder)
    {
        builder.ToTable("pulled_figures");
        builder.HasKey(f => new { f.TenantId, f.SourceId, f.EntityType, f.EntityId, f.Metric, f.Day });
        builder.Property(f => f.EntityType).HasMaxLength(20);
        builder.Property(f => f.EntityId).HasMaxLength(200);
        builder.Property(f => f.Metric).HasMaxLength(100);
    }
}
