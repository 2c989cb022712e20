namespace AdFlux.Contracts.Insights;

public sealed record AlertRaised(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid AlertId, string Kind, string Severity, string Message, Guid? ClientProfileId = null) : IIntegrationEvent;
