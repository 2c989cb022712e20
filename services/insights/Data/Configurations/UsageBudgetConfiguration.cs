using AdFlux.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.Insights.Data.Configurations;

internal sealed class UsageBudgetConfiguration : IEntityTypeConfiguration<UsageBudget>
{
    public void Configure(EntityTypeBuilder<UsageBudget> builder)
    {
        builder.ToTable("usage_budgets");
        builder.HasKey(b => b.TenantId);
        builder.Property(b => b.Amount).HasPrecision(18, 4);
        builder.Property(b => b.Currency).HasMaxLength(UsageColumns.CurrencyLength);
        builder.Property(b => b.ExhaustedMonth).HasMaxLength(UsageColumns.MonthLength);
    }
}
