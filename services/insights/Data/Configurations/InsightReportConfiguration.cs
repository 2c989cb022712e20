using System.Text.Json;
using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Insights.Data.Configurations;

internal sealed class InsightReportConfiguration : IEntityTypeConfiguration<InsightReport>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<InsightReport> builder)
    {
        builder.ToTable("insight_reports");
        builder.Property(r => r.ProviderName).HasMaxLength(CommentColumns.AuthorLength);
        builder.Property(r => r.ProviderModel).HasMaxLength(CommentColumns.AuthorLength);
        builder.Property(r => r.Currency).HasMaxLength(CommentColumns.LabelLength);
        builder.Property(r => r.Cost).HasPrecision(18, 6);
        // Written once and read whole, never queried into: one jsonb document.
        builder.Property(r => r.Modules).HasColumnType("jsonb").HasConversion(
            modules => JsonSerializer.Serialize(modules, Json),
            json => JsonSerializer.Deserialize<List<ReportModule>>(json, Json) ?? new List<ReportModule>(),
            new ValueComparer<List<ReportModule>>(
                (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                modules => JsonSerializer.Serialize(modules, Json).GetHashCode(),
                modules => JsonSerializer.Deserialize<List<ReportModule>>(JsonSerializer.Serialize(modules, Json), Json)!));
        builder.HasIndex(r => new { r.TenantId, r.ClientProfileId, r.CreatedAt }).HasDatabaseName("ix_insight_reports_profile_created");
    }
}
