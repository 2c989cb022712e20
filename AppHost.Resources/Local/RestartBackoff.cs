namespace AdFlux.AppHost.Resources.Local;

/// <summary>
/// Delay before restarting a resource that crashed: 1 s, 2 s, 4 s … up to 30 s, back to 1 s once a
/// run has stayed healthy for <see cref="StableAfter"/>, so a crash loop does not spin while a
/// rare crash restarts at once.
/// </summary>
public sealed class RestartBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Max = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan StableAfter = TimeSpan.FromSeconds(60);

    private int _failures;

    public TimeSpan Next()
    {
        var delay = TimeSpan.FromTicks(Math.Min(Max.Ticks, First.Ticks << Math.Min(_failures, 16)));
        _failures++;
        return delay;
    }

    /// <summary>Called with how long the run that just ended was healthy.</summary>
    public void RecordHealthyFor(TimeSpan healthy)
    {
        if (healthy >= StableAfter)
        {
            _failures = 0;
        }
    }
}
