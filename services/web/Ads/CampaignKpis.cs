namespace AdFlux.Web.Ads;

/// <summary>A report's figures and KPIs; a ratio whose denominator is zero is null.</summary>
public sealed record CampaignKpis(long Impressions, long Clicks, long SpendMinor, double Conversions, long ConversionValueMinor, double? Ctr, double? Roas);
