using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Video.Domain;

/// <summary>A tenant's clip rule for one platform (seed 001's platform_rules): the lengths to cut and how many clips per length.</summary>
public sealed class PlatformRule : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public required string Platform { get; set; }

    public int[] ClipSeconds { get; set; } = [];

    public int MaxClips { get; set; }

    public required string Format { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
