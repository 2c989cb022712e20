using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace AdFlux.PlatformSandbox.Google;

/// <summary>The sandbox's Google Ads state: resources by resource name and each customer's creates per kind.</summary>
public sealed class GoogleAdsStore
{
    private readonly ConcurrentDictionary<string, AdsResource> _resources = new();
    private readonly ConcurrentDictionary<(string Customer, string Kind), int> _creates = new();
    private readonly ConcurrentDictionary<string, byte> _once = new();
    private long _next = 21_000_000_000;

    public AdsResource Create(string customer, string kind, string collection, string? parent, JsonObject fields)
    {
        var id = Interlocked.Increment(ref _next);
        var created = new AdsResource
        {
            ResourceName = kind == "adGroupAd" ? $"customers/{customer}/{collection}/{ParentId(parent)}~{id}" : $"customers/{customer}/{collection}/{id}",
            Kind = kind,
            Customer = customer,
            Id = id,
            Parent = parent,
            Fields = fields,
        };
        _resources[created.ResourceName] = created;
        _creates.AddOrUpdate((customer, kind), 1, (_, count) => count + 1);
        return created;
    }

    public AdsResource? Find(string? resourceName) => resourceName is not null && _resources.TryGetValue(resourceName, out var found) ? found : null;

    public IReadOnlyList<AdsResource> OfCustomer(string customer) => [.. _resources.Values.Where(r => r.Customer == customer).OrderBy(r => r.Id)];

    public IReadOnlyDictionary<string, int> CreatesOf(string customer) =>
        _creates.Where(entry => entry.Key.Customer == customer).ToDictionary(entry => entry.Key.Kind, entry => entry.Value);

    public bool FirstTime(string key) => _once.TryAdd(key, 0);

    private readonly ConcurrentDictionary<(string Customer, string Method), int> _lostReplies = new();

    /// <summary>The next <paramref name="count"/> mutates of that method are applied, then answered with a 500 (a reply lost after the work was done).</summary>
    public void LoseReplies(string customer, string method, int count) => _lostReplies[(customer, method)] = count;

    public bool TakeLostReply(string customer, string method)
    {
        while (_lostReplies.TryGetValue((customer, method), out var left) && left > 0)
        {
            if (_lostReplies.TryUpdate((customer, method), left - 1, left))
            {
                return true;
            }
        }
        return false;
    }

    private static string ParentId(string? parent) => parent?[(parent.LastIndexOf('/') + 1)..] ?? "0";
}
