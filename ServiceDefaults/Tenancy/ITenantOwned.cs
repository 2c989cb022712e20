namespace AdFlux.ServiceDefaults.Tenancy;

/// <summary>A row that belongs to a customer: it carries <c>tenant_id</c> and every query filters on it.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; }
}
