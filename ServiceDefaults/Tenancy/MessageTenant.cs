namespace AdFlux.ServiceDefaults.Tenancy;

/// <summary>
/// The tenant of the message a consumer is handling, held for the consumer's scope. The bus's
/// consume filter sets it from the message before the consumer runs, so the consumer's
/// DbContext applies the tenant query filter exactly as it would for a request of that tenant.
/// </summary>
public sealed class MessageTenant
{
    public Guid? TenantId { get; private set; }

    public void Set(Guid tenantId)
    {
        if (tenantId == Guid.Empty)
        {
            throw new ArgumentException("A message's tenant cannot be empty", nameof(tenantId));
        }
        TenantId = tenantId;
        // Seen by the HTTP handlers below this point, which run outside this scope (AmbientTenant).
        Usage.AmbientTenant.Set(tenantId);
    }
}
