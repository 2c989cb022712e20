using AdFlux.Ingest.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Ingest.Data.Configurations;

internal sealed class SheetsSourceConfiguration : IEntityTypeConfiguration<SheetsSource>
{
    public void Configure(EntityTypeBuilder<SheetsSource> builder)
    {
        builder.ToTable("sheets_sources");
        builder.Property(s => s.SpreadsheetId).HasMaxLength(200);
        builder.Property(s => s.LastOutcome).HasMaxLength(30);
        builder.Property(s => s.LastError).HasMaxLength(2000);
        builder.Property(s => s.CredentialError).HasMaxLength(2000);
        builder.Property(s => s.LastRowErrors).HasColumnType("jsonb");
        builder.HasIndex(s => new { s.TenantId, s.ClientProfileId, s.SpreadsheetId }).IsUnique();
    }
}
