using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Domain;

/// <summary>One ad of an ad set: its copy and the creative (an image or a video variant) it shows.</summary>
public sealed class Ad : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public Guid CampaignId { get; set; }

    public Guid AdSetId { get; set; }

    public required string Name { get; set; }

    public required string Headline { get; set; }

    public required string PrimaryText { get; set; }

    public required string CallToAction { get; set; }

    public required string LinkUrl { get; set; }

    /// <summary>image or video.</summary>
    public required string CreativeKind { get; set; }

    /// <summary>The platform's image hash or video id of the uploaded asset.</summary>
    public required string CreativeAssetId { get; set; }

    /// <summary>Meta's ad creative id (Google has no separate creative).</summary>
    public string? ExternalCreativeId { get; set; }

    public string? ExternalAdId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
