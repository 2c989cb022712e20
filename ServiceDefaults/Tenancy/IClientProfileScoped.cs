namespace AdFlux.ServiceDefaults.Tenancy;

/// <summary>
/// A tenant row that belongs to one client profile (ficha cliente): a viewer limited to some
/// client profiles sees only the rows of those, through a query filter nobody can forget.
/// </summary>
public interface IClientProfileScoped : ITenantOwned
{
    Guid ClientProfileId { get; }
}
