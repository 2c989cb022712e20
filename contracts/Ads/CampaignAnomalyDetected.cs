namespace AdFlux.Contracts.Ads;

/// <summary>
/// A finished day of a campaign fell outside the range its same weekday of past weeks predicts
/// (median ± 3 robust deviations); sent once per campaign, day and metric.
/// </summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="TenantId">The tenant the campaign belongs to.</param>
/// <param name="OccurredAt">When the sync that saw it finished.</param>
/// <param name="CampaignId">AdFlux's id of the campaign.</param>
/// <param name="ClientProfileId">The client profile the campaign runs for.</param>
/// <param name="Platform">meta or google.</param>
/// <param name="Date">The day (UTC).</param>
/// <param name="Metric">spend, cpc, ctr or conversions.</param>
/// <param name="Observed">The day's figure (spend and CPC in the currency's major units, CTR as a fraction).</param>
/// <param name="ExpectedLow">The lower end of the expected range.</param>
/// <param name="ExpectedHigh">The upper end of the expected range.</param>
/// <param name="Explanation">The finding in words, with the figures and how many weeks the range was drawn from.</param>
public sealed record CampaignAnomalyDetected(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid CampaignId,
    Guid ClientProfileId,
    string Platform,
    DateOnly Date,
    string Metric,
    double Observed,
    double ExpectedLow,
    double ExpectedHigh,
    string Explanation) : IIntegrationEvent;
