using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AdFlux.ServiceDefaults.Usage;

/// <summary>
/// The <c>usage_hard_stops</c> table of a service that calls providers: the service opts in with a
/// one-line subclass in its <c>Data/Configurations</c> and a migration calling
/// <see cref="UsageHardStopMigrations.CreateUsageHardStopsTable"/>; its consumers derive from
/// <see cref="UsageBudgetExhaustedConsumer{TContext}"/> and <see cref="UsageBudgetRestoredConsumer{TContext}"/>.
/// </summary>
public abstract class UsageHardStopsConfiguration : IEntityTypeConfiguration<UsageHardStopRecord>
{
    public void Configure(EntityTypeBuilder<UsageHardStopRecord> builder)
    {
        builder.ToTable("usage_hard_stops");
        builder.HasKey(s => s.TenantId);
        builder.Property(s => s.Month).HasMaxLength(7);
        builder.Property(s => s.Budget).HasPrecision(18, 4);
        builder.Property(s => s.Currency).HasMaxLength(3);
    }
}
