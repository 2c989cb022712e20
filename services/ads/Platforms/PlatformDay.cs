namespace AdFlux.Ads.Platforms;

/// <summary>One day of a campaign's figures from its platform, money in minor units of the account currency.</summary>
public sealed record PlatformDay(DateOnly Date, long Impressions, long? Reach, long Clicks, long SpendMinor, double Conversions, long ConversionValueMinor);
