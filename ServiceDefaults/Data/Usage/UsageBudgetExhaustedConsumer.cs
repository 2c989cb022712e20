using AdFlux.Contracts.Usage;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.ServiceDefaults.Usage;

/// <summary>Insights found the tenant's usage budget exhausted with a hard stop: this service refuses the tenant's provider calls from now (this instance at once, others at their next reload).</summary>
public abstract class UsageBudgetExhaustedConsumer<TContext>(TContext db, TimeProvider clock, UsageHardStops stops)
    : IdempotentConsumer<UsageBudgetExhausted, TContext>(db, clock)
    where TContext : ServiceDbContext
{
    protected override async Task HandleAsync(ConsumeContext<UsageBudgetExhausted> context)
    {
        var message = context.Message;
        var record = await Db.Set<UsageHardStopRecord>().SingleOrDefaultAsync(s => s.TenantId == message.TenantId, context.CancellationToken);
        if (record is not null && record.UpdatedAt > message.OccurredAt)
        {
            return;
        }
        if (record is null)
        {
            record = new UsageHardStopRecord { TenantId = message.TenantId, Month = message.Month, Currency = message.Currency };
            Db.Set<UsageHardStopRecord>().Add(record);
        }
        (record.Month, record.Budget, record.Currency, record.Until, record.UpdatedAt) = (message.Month, message.Budget, message.Currency, message.Until, message.OccurredAt);
        stops.Apply(record.ToStop());
    }
}
