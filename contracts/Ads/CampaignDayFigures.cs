namespace AdFlux.Contracts.Ads;

/// <summary>One day of a campaign's figures as its platform reports them.</summary>
/// <param name="Date">The day (UTC).</param>
/// <param name="Impressions">Impressions that day.</param>
/// <param name="Reach">People reached that day, when the platform reports it.</param>
/// <param name="Clicks">Clicks that day.</param>
/// <param name="SpendMinor">Spend that day, in minor units of the event's currency.</param>
/// <param name="Conversions">Conversions that day (platforms attribute fractions).</param>
/// <param name="ConversionValueMinor">Value of those conversions, in minor units of the event's currency.</param>
public sealed record CampaignDayFigures(
    DateOnly Date,
    long Impressions,
    long? Reach,
    long Clicks,
    long SpendMinor,
    double Conversions,
    long ConversionValueMinor);
