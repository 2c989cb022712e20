using AdFlux.Contracts.Usage;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.ServiceDefaults.Usage;

/// <summary>The tenant's budget was raised or its hard stop turned off: provider calls are allowed again.</summary>
public abstract class UsageBudgetRestoredConsumer<TContext>(TContext db, TimeProvider clock, UsageHardStops stops)
    : IdempotentConsumer<UsageBudgetRestored, TContext>(db, clock)
    where TContext : ServiceDbContext
{
    protected override async Task HandleAsync(ConsumeContext<UsageBudgetRestored> context)
    {
        var message = context.Message;
        var record = await Db.Set<UsageHardStopRecord>().SingleOrDefaultAsync(s => s.TenantId == message.TenantId, context.CancellationToken);
        if (record is null || record.UpdatedAt > message.OccurredAt)
        {
            return;
        }
        (record.Until, record.UpdatedAt) = (message.OccurredAt, message.OccurredAt);
        stops.Lift(message.TenantId);
    }
}
