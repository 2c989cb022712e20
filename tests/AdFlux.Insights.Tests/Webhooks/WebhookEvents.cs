using AdFlux.Contracts.Insights;

namespace AdFlux.Insights.Tests.Webhooks;

/// <summary>Events insights turns into webhook deliveries, as their producers publish them.</summary>
public static class WebhookEvents
{
    public static InsightReportCreated ReportCreated(Guid tenantId) =>
        new(Guid.NewGuid(), tenantId, DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow, 12);

    public static InsightAnalysisSkipped AnalysisSkipped(Guid tenantId) =>
        new(Guid.NewGuid(), tenantId, DateTimeOffset.UtcNow, Guid.NewGuid(), "no new posts");

    public static AlertRaised Alert(Guid tenantId) =>
        new(Guid.NewGuid(), tenantId, DateTimeOffset.UtcNow, Guid.NewGuid(), "threshold", "warning", "Views dropped 40 % against last Monday");
}
