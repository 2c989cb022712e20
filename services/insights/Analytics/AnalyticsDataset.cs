namespace AdFlux.Insights.Analytics;

/// <summary>
/// What analytics are computed from: daily sums over the period and the one before it, each
/// entity's flow totals over the period and each entity's latest level in it.
/// </summary>
public sealed record AnalyticsDataset(
    AnalyticsFilter Filter,
    IReadOnlyList<DailyFigure> Daily,
    IReadOnlyList<EntityFigure> EntityTotals,
    IReadOnlyList<EntityFigure> EntityLevels);
