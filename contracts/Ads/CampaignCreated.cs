namespace AdFlux.Contracts.Ads;

public sealed record CampaignCreated(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid CampaignId, string Platform, string Name, string Objective, decimal DailyBudget, string Currency) : IIntegrationEvent;
