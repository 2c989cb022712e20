using AdFlux.ServiceDefaults.Usage;

namespace AdFlux.Insights.Data.Configurations;

/// <summary>Insights' own chat calls (the daily reports) stop too while the tenant's usage budget is exhausted with a hard stop.</summary>
internal sealed class UsageHardStopConfiguration : UsageHardStopsConfiguration;
