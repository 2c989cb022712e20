using AdFlux.ServiceDefaults.Usage;

namespace AdFlux.Ads.Data.Configurations;

/// <summary>This service refuses a tenant's provider calls while its usage budget is exhausted with a hard stop.</summary>
internal sealed class UsageHardStopConfiguration : UsageHardStopsConfiguration;
