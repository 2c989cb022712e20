using System.Threading.RateLimiting;

namespace AdFlux.Gateway.RateLimiting;

/// <summary>
/// At most <see cref="WindowLimit.PermitLimit"/> permits per window, no queue; a window starts with
/// the first request after the previous one ended. A refusal carries the time left until the
/// window reopens: the framework's <c>FixedWindowRateLimiter</c> reports a whole window instead
/// (dotnet/runtime, <c>FixedWindowRateLimiter.CreateFailedWindowLease</c>), so its
/// <c>Retry-After</c> told clients to wait longer than they had to.
/// </summary>
public sealed class FixedWindowLimiter(WindowLimit limit, TimeProvider clock) : RateLimiter
{
    private static readonly WindowLease Acquired = new(true, null);

    private readonly Lock _lock = new();
    private long _windowStart;
    private bool _started;
    private int _used;
    private long _successful;
    private long _failed;

    /// <summary>Once a window has ended the limiter holds nothing, so the partitioned limiter may drop it.</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                if (!_started)
                {
                    return TimeSpan.Zero;
                }
                var sinceEnd = clock.GetElapsedTime(_windowStart) - limit.Window;
                return sinceEnd >= TimeSpan.Zero ? sinceEnd : null;
            }
        }
    }

    public override RateLimiterStatistics GetStatistics()
    {
        lock (_lock)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = limit.PermitLimit - CurrentWindowUsed(),
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, limit.PermitLimit);
        lock (_lock)
        {
            var now = clock.GetTimestamp();
            if (!_started || clock.GetElapsedTime(_windowStart, now) >= limit.Window)
            {
                _windowStart = now;
                _started = true;
                _used = 0;
            }
            if (_used + permitCount <= limit.PermitLimit && (permitCount > 0 || _used < limit.PermitLimit))
            {
                _used += permitCount;
                _successful++;
                return Acquired;
            }
            _failed++;
            return new WindowLease(false, limit.Window - clock.GetElapsedTime(_windowStart, now));
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private int CurrentWindowUsed() =>
        _started && clock.GetElapsedTime(_windowStart) < limit.Window ? _used : 0;
}
