using AdFlux.Ingest.Data;
using AdFlux.ServiceDefaults.Usage;

namespace AdFlux.Ingest.Consumers;

/// <summary>Lets this service's provider calls for a tenant through again once its usage budget is raised.</summary>
public sealed class UsageBudgetRestoredConsumer(IngestDbContext db, TimeProvider clock, UsageHardStops stops)
    : UsageBudgetRestoredConsumer<IngestDbContext>(db, clock, stops);
