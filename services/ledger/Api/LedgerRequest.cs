using AdFlux.Ledger.Data;
using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ledger.Api;

/// <summary>What every ledger handler needs, bound with <c>[AsParameters]</c>.</summary>
public sealed record LedgerRequest(LedgerDbContext Db, ITenantContext Tenant, CancellationToken CancellationToken)
{
    /// <summary>
    /// The caller's rows: its tenant's, and of those only its client profiles' when it is a
    /// viewer limited to some (<see cref="ClientScope"/>). The ServiceDbContext tenant filter does
    /// the tenant part too; saying it here keeps a missing filter from ever showing another tenant's chain.
    /// </summary>
    public IQueryable<LedgerEvent> Events =>
        (Tenant.ClientProfileScope is { } scope ? ClientScope.Limit(Db, scope) : Db.Events)
            .Where(e => Tenant.TenantId != null && e.TenantId == Tenant.TenantId);

    /// <summary>The event as this caller may see it: personal data only for admins.</summary>
    public LedgerEventResponse Present(LedgerEvent e) => LedgerEventResponse.From(e, redactPersonalData: !Tenant.IsAdmin);
}
