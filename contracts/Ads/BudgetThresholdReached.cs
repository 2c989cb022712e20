namespace AdFlux.Contracts.Ads;

public sealed record BudgetThresholdReached(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid CampaignId, decimal Spend, decimal Budget, double ThresholdPercent) : IIntegrationEvent;
