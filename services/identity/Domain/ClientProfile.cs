using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Identity.Domain;

/// <summary>A "ficha cliente": one analysed artist or brand of a tenant.</summary>
public sealed class ClientProfile : ITenantOwned
{
    public Guid Id { get; init; }

    public Guid TenantId { get; init; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
