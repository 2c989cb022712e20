using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Video.Domain;

/// <summary>A variant confirmed as posted on a platform (seed 001's confirm_publish).</summary>
public sealed class Publication : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid VariantId { get; set; }

    public required string Platform { get; set; }

    public required string ExternalId { get; set; }

    public string? Url { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
