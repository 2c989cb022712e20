namespace AdFlux.Contracts.Ads;

public sealed record AbTestConcluded(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid AbTestId, Guid CampaignId, string WinningVariant, double Confidence) : IIntegrationEvent;
