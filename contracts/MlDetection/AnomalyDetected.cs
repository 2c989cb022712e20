namespace AdFlux.Contracts.MlDetection;

public sealed record AnomalyDetected(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid DetectionId, string Kind, string Severity, string Description) : IIntegrationEvent;
