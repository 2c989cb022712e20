using AdFlux.Video.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Video.Data.Configurations;

internal sealed class UploadSessionConfiguration : IEntityTypeConfiguration<UploadSession>
{
    public void Configure(EntityTypeBuilder<UploadSession> builder)
    {
        builder.ToTable("upload_sessions");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.TenantId);
        builder.Property(s => s.FileName).HasMaxLength(255);
        builder.Property(s => s.ContentType).HasMaxLength(100);
    }
}
