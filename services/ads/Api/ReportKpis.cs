using AdFlux.Ads.Domain;

namespace AdFlux.Ads.Api;

/// <summary>
/// Figures and KPIs of a span: CTR = clicks / impressions; CPC, CPM and CPA in minor units
/// (spend / clicks, spend per 1,000 impressions, spend / conversions); ROAS = conversion value / spend;
/// frequency = impressions / reach, with reach summed over days, so over several days it is a lower bound.
/// A ratio whose denominator is zero is null.
/// </summary>
public sealed record ReportKpis(
    long Impressions,
    long? Reach,
    long Clicks,
    long SpendMinor,
    double Conversions,
    long ConversionValueMinor,
    double? Ctr,
    double? CpcMinor,
    double? CpmMinor,
    double? CpaMinor,
    double? Roas,
    double? Frequency)
{
    public static ReportKpis Of(IReadOnlyCollection<DailyMetric> days)
    {
        var impressions = days.Sum(d => d.Impressions);
        long? reach = days.All(d => d.Reach is not null) && days.Count > 0 ? days.Sum(d => d.Reach!.Value) : null;
        var clicks = days.Sum(d => d.Clicks);
        var spend = days.Sum(d => d.SpendMinor);
        var conversions = days.Sum(d => d.Conversions);
        var value = days.Sum(d => d.ConversionValueMinor);
        return new ReportKpis(impressions, reach, clicks, spend, conversions, value,
            Ratio(clicks, impressions), Ratio(spend, clicks), Ratio(spend * 1000.0, impressions), Ratio(spend, conversions), Ratio(value, spend),
            reach is { } r ? Ratio(impressions, r) : null);
    }

    private static double? Ratio(double numerator, double denominator) => denominator == 0 ? null : numerator / denominator;
}
