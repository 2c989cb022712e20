using AdFlux.Contracts.Ingest;

namespace AdFlux.Insights.Tests;

/// <summary>Builders of ingest's metrics event, as ingest publishes it.</summary>
public static class Metrics
{
    public static PlatformMetricsReceived Received(
        Guid tenantId, Guid? clientProfileId, string platform, string entityType, string entityId,
        DateTimeOffset windowStart, TimeSpan window, IReadOnlyDictionary<string, double> metrics, DateTimeOffset? occurredAt = null) =>
        new(Guid.CreateVersion7(), tenantId, occurredAt ?? DateTimeOffset.UtcNow, clientProfileId, platform, entityType, entityId,
            metrics, windowStart, windowStart + window);

    public static Dictionary<string, double> Of(params (string Name, double Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    public static DateTimeOffset Day(string date) => DateTimeOffset.Parse(date + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
}
