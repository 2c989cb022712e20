using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AdFlux.ServiceDefaults.Telemetry;

/// <summary>
/// Resolves the providers when the host starts, so listening begins before the first
/// request; the container disposes (and flushes) them on shutdown.
/// </summary>
internal sealed class TelemetryStarter(TracerProvider tracerProvider, MeterProvider meterProvider) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(tracerProvider);
        GC.KeepAlive(meterProvider);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        tracerProvider.ForceFlush(2000);
        meterProvider.ForceFlush(2000);
        return Task.CompletedTask;
    }
}
