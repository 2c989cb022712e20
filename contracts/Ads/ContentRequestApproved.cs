namespace AdFlux.Contracts.Ads;

public sealed record ContentRequestApproved(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid ContentRequestId, Guid ApprovedBy) : IIntegrationEvent;
