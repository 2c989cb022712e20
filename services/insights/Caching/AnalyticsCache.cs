using AdFlux.Insights.Api;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AdFlux.Insights.Caching;

/// <summary>
/// Computed analytics answers in process memory. A key carries the tenant's data version
/// (the sum of its <c>series_versions</c> shards), which every write of a point moves in its own transaction, so an
/// answer computed before new data landed is never found again: that is the invalidation, and it
/// holds across instances because the version lives in the database.
/// </summary>
public sealed class AnalyticsCache(IOptions<AnalyticsOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.CacheEntries });

    public static string KeyOf(Guid tenantId, long version, string view, string query, IReadOnlySet<Guid>? clientScope) =>
        $"{tenantId:N}|{version}|{view}|{query}|{(clientScope is null ? "*" : string.Join(',', clientScope.Order().Select(id => id.ToString("N"))))}";

    public bool TryGet(string key, out AnalyticsData? data) => _cache.TryGetValue(key, out data);

    public void Set(string key, AnalyticsData data) =>
        _cache.Set(key, data, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = options.Value.CacheDuration });

    public void Dispose() => _cache.Dispose();
}
