using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Domain;

/// <summary>Meta's ad set, Google's ad group: who sees the campaign's ads (locations, ages, interests).</summary>
public sealed class AdSet : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public Guid CampaignId { get; set; }

    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country codes.</summary>
    public List<string> Locations { get; set; } = [];

    public int AgeMin { get; set; }

    public int AgeMax { get; set; }

    /// <summary>Interest names (Meta interest targeting, Google affinity audiences).</summary>
    public List<string> Interests { get; set; } = [];

    /// <summary>The candidate segment whose custom audience the ad set targets (Meta only).</summary>
    public Guid? AudienceSegmentId { get; set; }

    /// <summary>That segment's Meta custom audience id, as it was when the ad set was saved.</summary>
    public string? CustomAudienceId { get; set; }

    public string? ExternalId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<Ad> Ads { get; set; } = [];
}
