using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AdFlux.Gateway.Health;

/// <summary>
/// The gateway's health report, computed at most once per <see cref="DownstreamHealthOptions.CacheFor"/>
/// however many callers ask: <c>/health</c> is anonymous, and each report calls every service.
/// </summary>
public sealed class CachedHealthReport(HealthCheckService health, IOptions<DownstreamHealthOptions> options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot? _last;

    public async Task<HealthReport> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } refreshed)
            {
                return refreshed;
            }
            // Not the caller's token: callers waiting on the semaphore share this report, and one
            // that hangs up must not cancel it for them. Each check has its own timeout.
            var report = await health.CheckHealthAsync(CancellationToken.None);
            _last = new Snapshot(report, clock.GetTimestamp());
            return report;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private HealthReport? Fresh() =>
        _last is { } last && clock.GetElapsedTime(last.Taken) < options.Value.CacheFor ? last.Report : null;

    private sealed record Snapshot(HealthReport Report, long Taken);
}
