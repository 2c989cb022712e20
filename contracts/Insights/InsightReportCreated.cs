namespace AdFlux.Contracts.Insights;

public sealed record InsightReportCreated(Guid EventId, Guid TenantId, DateTimeOffset OccurredAt, Guid ReportId, Guid ClientProfileId, DateTimeOffset AnalysisTimestamp, int PostsAnalyzed) : IIntegrationEvent;
