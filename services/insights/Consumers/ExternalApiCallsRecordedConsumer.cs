using AdFlux.Contracts.Usage;
using AdFlux.Insights.Data;
using AdFlux.Insights.Usage;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Consumers;

/// <summary>Every service's recorded external calls become the tenant's usage rows, once; then the tenant's budget is checked for the months they fell in.</summary>
public sealed class ExternalApiCallsRecordedConsumer(InsightsDbContext db, TimeProvider clock, UsageAggregator aggregator, UsageBudgetEvaluator budgets)
    : IdempotentConsumer<ExternalApiCallsRecorded, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(ConsumeContext<ExternalApiCallsRecorded> context)
    {
        var message = context.Message;
        var days = await aggregator.AddAsync(message.TenantId, message.Calls, context.CancellationToken);
        if (await Db.UsageBudgets.SingleOrDefaultAsync(context.CancellationToken) is not { } budget)
        {
            return;
        }
        foreach (var month in days.Select(UsageMonth.Of).Distinct())
        {
            await budgets.EvaluateAsync(budget, month, context.CancellationToken);
        }
    }
}
