using AdFlux.Insights.Data;
using AdFlux.ServiceDefaults.Usage;

namespace AdFlux.Insights.Consumers;

/// <summary>Stops insights' own chat-model calls for a tenant whose usage budget is exhausted with a hard stop.</summary>
public sealed class UsageBudgetExhaustedConsumer(InsightsDbContext db, TimeProvider clock, UsageHardStops stops)
    : UsageBudgetExhaustedConsumer<InsightsDbContext>(db, clock, stops);
