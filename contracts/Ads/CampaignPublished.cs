namespace AdFlux.Contracts.Ads;

public sealed record CampaignPublished(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid CampaignId, string Platform, string ExternalId) : IIntegrationEvent;
