namespace AdFlux.Contracts.Ads;

public sealed record CampaignMetricsSynced(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid CampaignId, DateTimeOffset WindowStart, DateTimeOffset WindowEnd, long Impressions, long Clicks, decimal Spend, long Conversions) : IIntegrationEvent;
