using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace AdFlux.Testing.Telemetry;

/// <summary>
/// Keeps every finished span in memory (OpenTelemetry.Exporter.InMemory is not served). Register
/// one instance as a <see cref="BaseProcessor{Activity}"/> in each host under test: ServiceDefaults
/// adds DI-registered processors to its tracer pipeline.
/// </summary>
public sealed class InMemoryActivityCollector : BaseProcessor<Activity>
{
    private readonly ConcurrentQueue<Activity> _finished = new();

    public IReadOnlyList<Activity> Finished => [.. _finished];

    public override void OnEnd(Activity data) => _finished.Enqueue(data);
}
