namespace AdFlux.Identity.Domain;

/// <summary>A customer organisation (agency, label, brand); the root every other row hangs from.</summary>
public sealed class Tenant
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
