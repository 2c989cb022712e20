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

    private readonly ConcurrentDictionary<(string Account, string Edge), int> _lostReplies = new();

    /// <summary>The next <paramref name="count"/> creates on the account's edge are made, then answered with a 500 (a reply lost after the work was done).</summary>
    public void LoseReplies(string account, string edge, int count) => _lostReplies[(account, edge)] = count;

    /// <summary>True when this create's reply is to be lost (and counts one off).</summary>
    public bool TakeLostReply(string account, string edge)
    {
        while (_lostReplies.TryGetValue((account, edge), out var left) && left > 0)
        {
            if (_lostReplies.TryUpdate((account, edge), left - 1, left))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The account's live objects of a kind whose name passes <paramref name="matches"/> (deleted ones are not listed, as on Meta).</summary>
    public IReadOnlyList<MarketingObject> Named(string account, string kind, Func<string, bool> matches) =>
        [.. OfAccount(account).Where(o => o.Kind == kind && !o.Deleted && matches(o.Name))];

    private readonly ConcurrentDictionary<string, AudienceUsers> _users = new();

    /// <summary>Adds a batch of rows to an audience; false when the batch is out of order in its session.</summary>
    public bool AddUsers(string audienceId, AudienceBatch batch, IReadOnlyList<string[]> rows)
    {
        var users = _users.GetOrAdd(audienceId, _ => new AudienceUsers());
        lock (users)
        {
            var previous = users.Batches.Where(b => b.SessionId == batch.SessionId && batch.SessionId != 0).ToList();
            if (batch.SessionId != 0 && (batch.BatchSeq != previous.Count + 1 || previous.Any(b => b.LastBatch)))
            {
                return false;
            }
            users.Batches.Add(batch);
            users.Rows.AddRange(rows);
            return true;
        }
    }

    public AudienceUsers UsersOf(string audienceId) => _users.GetOrAdd(audienceId, _ => new AudienceUsers());

    /// <summary>True the first time it is asked for <paramref name="key"/>: a one-shot failure.</summary>
    public bool FirstTime(string key) => _failedOnce.TryAdd(key, 0);
}
