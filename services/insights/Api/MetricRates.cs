namespace AdFlux.Insights.Api;

/// <summary>
/// Seed 003's rates: engagement (likes + shares + comments over impressions, or over views where
/// the platform reports no impressions), click-through (clicks over impressions) and conversion
/// (conversions over clicks); null when the figures are missing or the denominator is zero.
/// </summary>
public sealed record MetricRates(double? EngagementRate, double? ClickThroughRate, double? ConversionRate);
