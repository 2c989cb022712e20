using System.Collections.Concurrent;

namespace AdFlux.PlatformSandbox.YouTube;

/// <summary>What tests change and count: days a channel's report restates, and how often each channel's report was read.</summary>
public sealed class YouTubeStore
{
    private readonly ConcurrentDictionary<(string Channel, DateOnly Day), int> _restatements = new();
    private readonly ConcurrentDictionary<string, int> _reports = new(StringComparer.Ordinal);

    /// <summary>From now on the channel's report shows different views for that day.</summary>
    public int Restate(string channel, DateOnly day) => _restatements.AddOrUpdate((channel, day), 1, (_, n) => n + 1);

    public int RestatementOf(string channel, DateOnly day) => _restatements.GetValueOrDefault((channel, day));

    public void CountReport(string channel) => _reports.AddOrUpdate(channel, 1, (_, n) => n + 1);

    public int ReportsOf(string channel) => _reports.GetValueOrDefault(channel);
}
