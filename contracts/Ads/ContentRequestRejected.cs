namespace AdFlux.Contracts.Ads;

public sealed record ContentRequestRejected(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid ContentRequestId, Guid RejectedBy, string Reason) : IIntegrationEvent;
