namespace AdFlux.Contracts.MlDetection;

public sealed record ComplianceScored(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, string SubjectType, Guid SubjectId, double Score, IReadOnlyDictionary<string, double> Components) : IIntegrationEvent;
