namespace AdFlux.Ingest.Webhooks;

/// <summary>One normalised record of a metrics webhook: becomes one <c>PlatformMetricsReceived</c>.</summary>
public sealed record MetricsRecord(
    string Platform,
    string EntityType,
    string EntityId,
    IReadOnlyDictionary<string, double> Metrics,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd);
