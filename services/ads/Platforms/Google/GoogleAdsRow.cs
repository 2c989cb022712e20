namespace AdFlux.Ads.Platforms.Google;

/// <summary>One day of a Google Ads campaign's metrics; cost and value in minor units of the account currency.</summary>
public sealed record GoogleAdsRow(DateOnly Date, long Impressions, long Clicks, long CostMinor, double Conversions, long ConversionValueMinor);
