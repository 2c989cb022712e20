namespace AdFlux.Web.Dashboard;

public sealed record PlatformMetrics(
    string PrimaryMetric,
    IReadOnlyDictionary<string, double> Totals,
    IReadOnlyDictionary<string, double> Latest,
    IReadOnlyList<DailyValues> Daily,
    IReadOnlyList<EntityTotal> TopEntities);
