using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Insights.Data.Configurations;

internal sealed class SeriesVersionConfiguration : IEntityTypeConfiguration<SeriesVersion>
{
    public void Configure(EntityTypeBuilder<SeriesVersion> builder)
    {
        builder.ToTable("series_versions");
        builder.HasKey(v => new { v.TenantId, v.Shard });
    }
}
