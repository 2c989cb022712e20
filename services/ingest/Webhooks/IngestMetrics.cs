using System.Diagnostics.Metrics;
using AdFlux.ServiceDefaults.Telemetry;

namespace AdFlux.Ingest.Webhooks;

/// <summary>
/// Webhook counters on the <c>AdFlux</c> meter (exported by ServiceDefaults). Rejections that
/// cannot be tied to a tenant (no or bad credentials, unknown Meta account) are counted only here.
/// </summary>
public sealed class IngestMetrics
{
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _rejections;

    public IngestMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(TelemetrySources.AdFlux);
        _deliveries = meter.CreateCounter<long>("adflux.ingest.webhook.deliveries", "{delivery}", "Webhook deliveries accepted or recognised as repeats.");
        _rejections = meter.CreateCounter<long>("adflux.ingest.webhook.rejections", "{delivery}", "Webhook deliveries refused, by source and reason.");
    }

    public void Delivered(string source, bool duplicate) =>
        _deliveries.Add(1, new("source", MetricSource(source)), new("outcome", duplicate ? "duplicate" : "accepted"));

    public void Rejected(string source, string reason) =>
        _rejections.Add(1, new("source", MetricSource(source)), new("reason", reason));

    // One series per n8n workflow would let senders grow the metric without bound.
    private static string MetricSource(string source) => WebhookSources.SecretScopeOf(source);
}
