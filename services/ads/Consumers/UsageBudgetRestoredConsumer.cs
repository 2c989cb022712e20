using AdFlux.Ads.Data;
using AdFlux.ServiceDefaults.Usage;

namespace AdFlux.Ads.Consumers;

/// <summary>Lets this service's provider calls for a tenant through again once its usage budget is raised.</summary>
public sealed class UsageBudgetRestoredConsumer(AdsDbContext db, TimeProvider clock, UsageHardStops stops)
    : UsageBudgetRestoredConsumer<AdsDbContext>(db, clock, stops);
