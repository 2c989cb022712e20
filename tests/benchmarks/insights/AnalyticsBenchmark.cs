using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AdFlux.Insights.Data;
using AdFlux.ServiceDefaults.Data;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AdFlux.Insights.Benchmarks;

/// <summary>
/// Analytics latency over a year of hourly data for many client profiles of one tenant: the
/// rollups that ingesting that data produces (hourly, then daily and weekly from them) are
/// generated in SQL (the ingest path is measured by <see cref="IngestBenchmark"/>), then each
/// endpoint is asked uncached (the tenant's data version moves before every request, as when data
/// lands) and cached (the same request again), timed at the client through the in-process server.
/// </summary>
public static class AnalyticsBenchmark
{
    // Per client profile: YouTube, Spotify and Meta ads entities with these metrics and hourly base values.
    private const string Metrics = """
        (VALUES ('youtube', 'channel', 'views', 400.0), ('youtube', 'channel', 'likes', 20.0), ('youtube', 'channel', 'comments', 3.0),
                ('youtube', 'channel', 'subscribers', 5000.0), ('spotify', 'artist', 'streams', 300.0), ('spotify', 'artist', 'followers', 2000.0),
                ('meta-ads', 'ad', 'impressions', 900.0), ('meta-ads', 'ad', 'clicks', 18.0), ('meta-ads', 'ad', 'conversions', 1.0))
        """;

    public static async Task RunAsync(TestInfrastructure infrastructure, BenchmarkSettings settings)
    {
        await using var resources = await infrastructure.IsolateAsync("insights_bench");
        await using var host = new BenchHost(resources);
        using var client = host.CreateClient();
        await host.Services.GetRequiredService<DatabaseState<InsightsDbContext>>().Migrated;

        var tenant = Guid.NewGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var last = today.AddDays(-1);
        var first = last.AddDays(1 - settings.Days);
        var fill = Stopwatch.StartNew();
        var rows = await FillAsync(resources.DatabaseConnectionString, tenant, settings.Profiles, first, last);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"analytics: {settings.Profiles} client profiles, {settings.Days} days of hourly data, {rows:N0} rollup rows, filled in {fill.Elapsed.TotalSeconds:0}s"));

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Admin(tenant));
        var year = $"from={first:yyyy-MM-dd}&to={last:yyyy-MM-dd}";
        var month = $"from={last.AddDays(-29):yyyy-MM-dd}&to={last:yyyy-MM-dd}";
        foreach (var path in new[]
        {
            $"/api/insights/analytics/comprehensive?{year}",
            $"/api/insights/analytics/youtube?{year}",
            $"/api/insights/analytics/meta-ads?{year}",
            $"/api/insights/analytics/comprehensive?{month}",
        })
        {
            await MeasureAsync(client, resources.DatabaseConnectionString, tenant, path, settings);
        }
    }

    private static async Task MeasureAsync(HttpClient client, string connectionString, Guid tenant, string path, BenchmarkSettings settings)
    {
        for (var i = 0; i < 3; i++)
        {
            await BumpVersionAsync(connectionString, tenant);
            await TimeAsync(client, path, "miss");
        }
        var uncached = new List<double>();
        for (var i = 0; i < settings.Uncached; i++)
        {
            await BumpVersionAsync(connectionString, tenant);
            uncached.Add(await TimeAsync(client, path, "miss"));
        }
        var cached = new List<double>();
        for (var i = 0; i < settings.Cached; i++)
        {
            cached.Add(await TimeAsync(client, path, "hit"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {path.Split('?')[0]} ({path.Split('?')[1]}): " +
            $"uncached p50 {Percentiles.Of(uncached, 0.5):0.0} ms, p95 {Percentiles.Of(uncached, 0.95):0.0} ms, max {uncached.Max():0.0} ms (n={uncached.Count}); " +
            $"cached p50 {Percentiles.Of(cached, 0.5):0.00} ms, p95 {Percentiles.Of(cached, 0.95):0.00} ms (n={cached.Count})"));
    }

    private static async Task<double> TimeAsync(HttpClient client, string path, string expectedCacheStatus)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        response.EnsureSuccessStatusCode();
        var status = (string?)JsonNode.Parse(body)!["meta"]!["cache_status"];
        if (status != expectedCacheStatus)
        {
            throw new InvalidOperationException($"{path}: expected cache_status {expectedCacheStatus}, got {status}");
        }
        return elapsed;
    }

    /// <summary>What a write of new data does to the tenant's cached answers.</summary>
    private static async Task BumpVersionAsync(string connectionString, Guid tenant)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE series_versions SET version = version + 1, updated_at = now() WHERE tenant_id = @tenant", connection);
        command.Parameters.AddWithValue("tenant", tenant);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> FillAsync(string connectionString, Guid tenant, int profiles, DateOnly first, DateOnly last)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var start = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var ids = Enumerable.Range(0, profiles).Select(_ => Guid.NewGuid()).ToArray();
        async Task ExecuteAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("tenant", tenant);
            command.Parameters.AddWithValue("profiles", ids);
            command.Parameters.AddWithValue("start", start);
            command.Parameters.AddWithValue("end", end);
            await command.ExecuteNonQueryAsync();
        }
        // Hourly values wave over the day and drift over the year, different per profile.
        await ExecuteAsync($"""
            INSERT INTO metric_rollups (tenant_id, client_profile_id, platform, entity_type, entity_id, metric, granularity, bucket_start, sum, count, last_window_start, last_value)
            SELECT @tenant, p.id, s.platform, s.entity_type, s.platform || '-' || p.n, s.metric, 'hour', h, v.value, 1, h, v.value
            FROM unnest(@profiles::uuid[]) WITH ORDINALITY AS p(id, n)
            CROSS JOIN {Metrics} AS s(platform, entity_type, metric, base)
            CROSS JOIN generate_series(@start, @end - interval '1 hour', interval '1 hour') AS h
            CROSS JOIN LATERAL (SELECT round((s.base * (1.2 + sin(extract(epoch FROM h) / 13751.0 + p.n)) * (1 + extract(doy FROM h) / 365.0))::numeric, 2)::double precision AS value) AS v
            """);
        foreach (var (granularity, unit) in new[] { ("day", "day"), ("week", "week") })
        {
            await ExecuteAsync($"""
                INSERT INTO metric_rollups (tenant_id, client_profile_id, platform, entity_type, entity_id, metric, granularity, bucket_start, sum, count, last_window_start, last_value)
                SELECT tenant_id, client_profile_id, platform, entity_type, entity_id, metric, '{granularity}',
                       date_trunc('{unit}', bucket_start AT TIME ZONE 'UTC') AT TIME ZONE 'UTC',
                       sum(sum), sum(count)::int, max(last_window_start), (array_agg(last_value ORDER BY last_window_start DESC))[1]
                FROM metric_rollups WHERE tenant_id = @tenant AND granularity = 'hour'
                GROUP BY tenant_id, client_profile_id, platform, entity_type, entity_id, metric, date_trunc('{unit}', bucket_start AT TIME ZONE 'UTC')
                """);
        }
        await ExecuteAsync("INSERT INTO series_versions (tenant_id, shard, version, updated_at) VALUES (@tenant, 0, 1, now())");
        await ExecuteAsync("ANALYZE metric_rollups");
        await using var count = new NpgsqlCommand("SELECT count(*) FROM metric_rollups", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
