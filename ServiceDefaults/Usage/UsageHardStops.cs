using System.Collections.Concurrent;

namespace AdFlux.ServiceDefaults.Usage;

/// <summary>
/// The hard stops in force in this process, as the service's own table holds them (kept in step by
/// its consumer of insights' budget events and reloaded from the table periodically, so every
/// instance knows them). Checked by <see cref="ExternalCallRecorder"/> before every call.
/// </summary>
public sealed class UsageHardStops
{
    private ConcurrentDictionary<Guid, UsageHardStop> _stops = new();

    public UsageHardStop? StopOf(Guid tenantId, DateTimeOffset now) =>
        _stops.TryGetValue(tenantId, out var stop) && stop.Until > now ? stop : null;

    public void Apply(UsageHardStop stop) => _stops[stop.TenantId] = stop;

    public void Lift(Guid tenantId) => _stops.TryRemove(tenantId, out _);

    /// <summary>Replaces what is held with what the table says.</summary>
    public void Reload(IEnumerable<UsageHardStop> stops) => _stops = new ConcurrentDictionary<Guid, UsageHardStop>(stops.Select(s => KeyValuePair.Create(s.TenantId, s)));
}
