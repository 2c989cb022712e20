namespace AdFlux.Ads.Platforms.Meta;

/// <summary>One day of a Meta object's insights; money in minor units of the account currency.</summary>
public sealed record MetaInsightRow(DateOnly Date, long Impressions, long Reach, long Clicks, long SpendMinor, long Conversions, long ConversionValueMinor);
