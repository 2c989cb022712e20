using System.Collections.Concurrent;

namespace AdFlux.Ads.Platforms.Meta;

/// <summary>
/// Per ad account, when calls may resume: set when Meta says the account is throttled or its usage
/// reaches the ceiling, so the next call waits instead of deepening the penalty.
/// </summary>
public sealed class MetaThrottle(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _resumeAt = new();

    public void Observe(string account, MetaUsage usage, int ceilingPercent)
    {
        if (usage.RegainMinutes > 0 || usage.HighestPercent >= ceilingPercent)
        {
            var wait = TimeSpan.FromMinutes(Math.Max(1, usage.RegainMinutes));
            _resumeAt[account] = clock.GetUtcNow() + wait;
        }
    }

    /// <summary>How long the account must still wait, or null when it may call now.</summary>
    public TimeSpan? WaitFor(string account)
    {
        if (!_resumeAt.TryGetValue(account, out var resumeAt))
        {
            return null;
        }
        var left = resumeAt - clock.GetUtcNow();
        if (left > TimeSpan.Zero)
        {
            return left;
        }
        _resumeAt.TryRemove(account, out _);
        return null;
    }
}
