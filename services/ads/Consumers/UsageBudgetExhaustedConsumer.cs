using AdFlux.Ads.Data;
using AdFlux.ServiceDefaults.Usage;

namespace AdFlux.Ads.Consumers;

/// <summary>Stops this service's provider calls for a tenant whose usage budget is exhausted with a hard stop.</summary>
public sealed class UsageBudgetExhaustedConsumer(AdsDbContext db, TimeProvider clock, UsageHardStops stops)
    : UsageBudgetExhaustedConsumer<AdsDbContext>(db, clock, stops);
