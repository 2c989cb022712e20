using AdFlux.Insights.Data;
using AdFlux.ServiceDefaults.Usage;

namespace AdFlux.Insights.Consumers;

/// <summary>Lets insights' chat-model calls for a tenant through again once its usage budget is raised.</summary>
public sealed class UsageBudgetRestoredConsumer(InsightsDbContext db, TimeProvider clock, UsageHardStops stops)
    : UsageBudgetRestoredConsumer<InsightsDbContext>(db, clock, stops);
