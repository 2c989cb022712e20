using AdFlux.Ingest.Data;
using AdFlux.ServiceDefaults.Usage;

namespace AdFlux.Ingest.Consumers;

/// <summary>Stops this service's provider calls for a tenant whose usage budget is exhausted with a hard stop.</summary>
public sealed class UsageBudgetExhaustedConsumer(IngestDbContext db, TimeProvider clock, UsageHardStops stops)
    : UsageBudgetExhaustedConsumer<IngestDbContext>(db, clock, stops);
