using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Insights.Data.Configurations;

internal sealed class ApiUsageDayConfiguration : IEntityTypeConfiguration<ApiUsageDay>
{
    public void Configure(EntityTypeBuilder<ApiUsageDay> builder)
    {
        builder.ToTable("api_usage_days");
        builder.HasKey(u => new { u.TenantId, u.Day, u.Provider, u.Operation });
        builder.Property(u => u.Provider).HasMaxLength(MetricColumns.NameLength);
        builder.Property(u => u.Operation).HasMaxLength(UsageColumns.OperationLength);
        builder.Property(u => u.Currency).HasMaxLength(UsageColumns.CurrencyLength);
    }
}
