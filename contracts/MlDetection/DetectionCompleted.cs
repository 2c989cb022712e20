namespace AdFlux.Contracts.MlDetection;

public sealed record DetectionCompleted(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid DetectionId, string SubjectType, Guid SubjectId, string Model, IReadOnlyList<DetectedObject> Objects) : IIntegrationEvent;
