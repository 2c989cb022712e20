namespace AdFlux.Insights.Analytics;

/// <summary>
/// What analytics are computed from: daily sums over the period, each entity's flow totals and
/// latest levels in it, and the previous period's totals per platform and metric.
/// </summary>
public sealed record AnalyticsDataset(
    AnalyticsFilter Filter,
    IReadOnlyList<DailyFigure> Daily,
    IReadOnlyList<EntityFigure> EntityTotals,
    IReadOnlyList<EntityFigure> EntityLevels,
    IReadOnlyList<PlatformTotal> PreviousTotals);
