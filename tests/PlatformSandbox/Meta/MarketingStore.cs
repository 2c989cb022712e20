using System.Collections.Concurrent;

namespace AdFlux.PlatformSandbox.Meta;

/// <summary>
/// The sandbox's Marketing API state: objects by id and how many of each kind every ad account
/// created (what tests read to prove no duplicates), plus the one-shot failures the magic names ask for.
/// </summary>
public sealed class MarketingStore
{
    private readonly ConcurrentDictionary<string, MarketingObject> _objects = new();
    private readonly ConcurrentDictionary<(string Account, string Kind), int> _creates = new();
    private readonly ConcurrentDictionary<string, byte> _failedOnce = new();
    private long _next = 120_210_000_000_000_000;

    public MarketingObject Create(string account, string kind, string name, string? parentId, Action<MarketingObject>? fill = null)
    {
        var created = new MarketingObject
        {
            Id = Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Kind = kind,
            Account = account,
            Name = name,
            ParentId = parentId,
        };
        fill?.Invoke(created);
        _objects[created.Id] = created;
        _creates.AddOrUpdate((account, kind), 1, (_, count) => count + 1);
        return created;
    }

    public MarketingObject? Find(string id) => _objects.TryGetValue(id, out var found) ? found : null;

    public IReadOnlyList<MarketingObject> OfAccount(string account) => [.. _objects.Values.Where(o => o.Account == account).OrderBy(o => o.Id, StringComparer.Ordinal)];

    public IReadOnlyDictionary<string, int> CreatesOf(string account) =>
        _creates.Where(entry => entry.Key.Account == account).ToDictionary(entry => entry.Key.Kind, entry => entry.Value);

    /// <summary>Deletes the object and everything under it (Meta deletes a campaign's ad sets and ads with it).</summary>
    public void Delete(MarketingObject target)
    {
        target.Deleted = true;
        target.Status = "DELETED";
        foreach (var child in _objects.Values.Where(o => o.ParentId == target.Id && !o.Deleted))
        {
            Delete(child);
        }
    }

    private readonly ConcurrentDictionary<string, int> _restatements = new();

    /// <summary>Changes an object's reported figures from now on, as a platform restating past days does.</summary>
    public int Restate(string id) => _restatements.AddOrUpdate(id, 1, (_, version) => version + 1);

    public int RestatementOf(string id) => _restatements.GetValueOrDefault(id);

    /// <summary>True the first time it is asked for <paramref name="key"/>: a one-shot failure.</summary>
    public bool FirstTime(string key) => _failedOnce.TryAdd(key, 0);
}
