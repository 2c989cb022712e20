namespace AdFlux.Insights.Api;

/// <summary>
/// One platform: flow metrics summed over the period (<see cref="Totals"/>) and the period before
/// (<see cref="PreviousTotals"/>), levels such as followers at their latest value (<see cref="Latest"/>),
/// the seed 003 rates for both periods, the daily series and the entities with the most reach.
/// </summary>
public sealed record PlatformMetrics(
    string PrimaryMetric,
    IReadOnlyDictionary<string, double> Totals,
    IReadOnlyDictionary<string, double> PreviousTotals,
    IReadOnlyDictionary<string, double> Latest,
    MetricRates Rates,
    MetricRates PreviousRates,
    IReadOnlyList<DailyValues> Daily,
    IReadOnlyList<EntityTotal> TopEntities);
