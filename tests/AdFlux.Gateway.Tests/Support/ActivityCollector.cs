using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace AdFlux.Gateway.Tests.Support;

/// <summary>
/// Records activities as they start. In one process every tracer provider listens to the same
/// ActivitySources, so a collector in one host sees the gateway's activities and the service's.
/// </summary>
public sealed class ActivityCollector : BaseProcessor<Activity>
{
    private readonly ConcurrentDictionary<ActivitySpanId, Activity> _started = new();

    public override void OnStart(Activity data) => _started[data.SpanId] = data;

    public Activity? Find(ActivitySpanId spanId) => _started.GetValueOrDefault(spanId);
}
