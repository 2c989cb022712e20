using AdFlux.MlDetection.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.MlDetection.Data.Configurations;

internal sealed class MlDetectionRecordConfiguration : IEntityTypeConfiguration<MlDetectionRecord>
{
    public void Configure(EntityTypeBuilder<MlDetectionRecord> builder)
    {
        builder.ToTable("ml_detections");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.TenantId, d.ImageId });
        builder.HasIndex(d => new { d.TenantId, d.CreatedAt });
        builder.Property(d => d.DetectionType).HasMaxLength(20);
        builder.Property(d => d.Label).HasMaxLength(200);
        builder.Property(d => d.Model).HasMaxLength(200);
        builder.Property(d => d.ModelVersion).HasMaxLength(300);
    }
}
