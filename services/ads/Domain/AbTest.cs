using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ads.Domain;

/// <summary>
/// An A/B test of a campaign's ads on one rate: planned from a baseline and a minimum detectable
/// effect, decided only once every arm reached the planned sample (no peeking), and then kept.
/// </summary>
public sealed class AbTest : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public Guid CampaignId { get; set; }

    /// <summary>ctr (clicks per impression) or conversion_rate (conversions per click).</summary>
    public required string Metric { get; set; }

    public Guid ControlAdId { get; set; }

    public List<Guid> VariantAdIds { get; set; } = [];

    public double BaselineRate { get; set; }

    public double MinimumDetectableEffect { get; set; }

    public double Alpha { get; set; }

    public double Power { get; set; }

    public long PlannedSamplePerArm { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ConcludedAt { get; set; }

    public Guid? WinnerAdId { get; set; }

    public double? Effect { get; set; }

    public double? IntervalLow { get; set; }

    public double? IntervalHigh { get; set; }

    public double? PValue { get; set; }

    public double? ProbabilityToBeatControl { get; set; }
}
