using AdFlux.Ledger.Data;
using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ledger.Api;

/// <summary>What every ledger handler needs, bound with <c>[AsParameters]</c>.</summary>
public sealed record LedgerRequest(LedgerDbContext Db, ITenantContext Tenant, CancellationToken CancellationToken)
{
    /// <summary>
    /// The caller's rows. The ServiceDbContext tenant filter does the same once it is in place;
    /// saying it here too keeps a missing filter from ever showing another tenant's chain.
    /// </summary>
    public IQueryable<LedgerEvent> Events =>
        Db.Events.Where(e => Tenant.TenantId != null && e.TenantId == Tenant.TenantId);
}
