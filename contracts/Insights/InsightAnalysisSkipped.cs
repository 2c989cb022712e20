namespace AdFlux.Contracts.Insights;

public sealed record InsightAnalysisSkipped(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid ClientProfileId, string Reason) : IIntegrationEvent;
