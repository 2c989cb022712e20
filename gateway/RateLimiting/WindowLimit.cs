namespace AdFlux.Gateway.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/> (fixed window, no queue).</summary>
public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
