using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using AdFlux.Ads.Accounts;
using AdFlux.Ads.Data;
using AdFlux.Ads.Domain;
using AdFlux.Ads.Metrics;
using AdFlux.Ads.Platforms;
using AdFlux.Ads.Platforms.Meta;
using AdFlux.ServiceDefaults.Secrets;
using AdFlux.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SandboxProgram = AdFlux.PlatformSandbox.Program;

namespace AdFlux.Ads.Benchmarks;

/// <summary>
/// Metrics sync of N campaigns × D days against the in-process platform sandbox (Meta insights,
/// one page per campaign), against a bare fetch of the same pages with no processing: the same
/// GETs, bodies read and dropped. The sync side is <see cref="MetricsSyncer"/> as the worker runs
/// it (credentials opened, pages parsed, days upserted, totals and pacing, outbox event, one
/// transaction per campaign). Rounds alternate which side goes first; a warm-up is not counted.
/// </summary>
public static class SyncBenchmark
{
    public static async Task RunAsync(TestInfrastructure infrastructure, BenchmarkSettings settings)
    {
        await using var resources = await infrastructure.IsolateAsync("adsbench");
        await using var sandbox = new WebApplicationFactory<SandboxProgram>();
        var tenant = Guid.NewGuid();
        var profile = Guid.NewGuid();
        var protector = SecretProtector.FromBase64(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), "bench");
        var credentials = new AccountCredentials(protector);
        var clock = TimeProvider.System;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var platformOptions = Options.Create(new PlatformOptions { MetaBaseUrl = sandbox.Server.BaseAddress + "v21.0/" });
        var metricsOptions = Options.Create(new MetricsOptions { LookbackDays = settings.Days });
        var meta = new MetaAdsClient(new HttpClient(sandbox.Server.CreateHandler()), new MetaThrottle(clock), platformOptions);
        var registry = new AdPlatformRegistry([new MetaPlatform(meta)]);

        var ids = await SeedAsync(resources.DatabaseConnectionString, tenant, profile, credentials, settings, today);
        Console.WriteLine($"metrics sync: {settings.Campaigns} campaigns × {settings.Days} days, {settings.Rounds} rounds, load average {BenchmarkSettings.LoadAverage()}");

        async Task<double> SyncAsync()
        {
            var watch = Stopwatch.StartNew();
            foreach (var id in ids)
            {
                await using var db = Db(resources.DatabaseConnectionString, tenant);
                await new MetricsSyncer(db, registry, credentials, metricsOptions, clock).SyncAsync(id.Campaign, CancellationToken.None);
            }
            return watch.Elapsed.TotalSeconds;
        }

        using var bare = new HttpClient(sandbox.Server.CreateHandler()) { BaseAddress = sandbox.Server.BaseAddress };
        var range = Uri.EscapeDataString(JsonSerializer.Serialize(new
        {
            since = today.AddDays(1 - settings.Days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            until = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }));
        async Task<double> FetchAsync()
        {
            var watch = Stopwatch.StartNew();
            foreach (var id in ids)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get,
                    $"v21.0/{id.External}/insights?fields=spend,impressions,reach,clicks,actions,action_values&time_increment=1&limit=100&time_range={range}");
                request.Headers.Authorization = new("Bearer", "EAAsandbox-bench");
                using var response = await bare.SendAsync(request);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsStringAsync();
            }
            return watch.Elapsed.TotalSeconds;
        }

        await FetchAsync();
        await SyncAsync();
        var ratios = new List<double>();
        for (var round = 1; round <= settings.Rounds; round++)
        {
            double sync, fetch;
            if (round % 2 == 1)
            {
                fetch = await FetchAsync();
                sync = await SyncAsync();
            }
            else
            {
                sync = await SyncAsync();
                fetch = await FetchAsync();
            }
            ratios.Add(sync / fetch);
            Console.WriteLine($"round {round}: sync {sync:0.00} s, bare fetch {fetch:0.00} s, ratio {sync / fetch:0.00}");
        }
        await using (var db = Db(resources.DatabaseConnectionString, tenant))
        {
            Console.WriteLine($"daily rows held: {await db.DailyMetrics.CountAsync()} (expected {settings.Campaigns * settings.Days}: re-pulls replace, never add)");
        }
        ratios.Sort();
        Console.WriteLine($"ratio median {ratios[ratios.Count / 2]:0.00}, min {ratios[0]:0.00}, max {ratios[^1]:0.00} (target ≤ 1.5); load average {BenchmarkSettings.LoadAverage()}");
    }

    private static AdsDbContext Db(string connectionString, Guid tenant) =>
        new(MigrationSchema.OptionsFor<AdsDbContext>(connectionString), new FixedTenantContext(tenant));

    private static async Task<List<(Guid Campaign, string External)>> SeedAsync(
        string connectionString, Guid tenant, Guid profile, AccountCredentials credentials, BenchmarkSettings settings, DateOnly today)
    {
        await using var db = Db(connectionString, tenant);
        await db.Database.MigrateAsync();
        var now = DateTimeOffset.UtcNow;
        var account = new AdAccount
        {
            Id = Guid.NewGuid(), TenantId = tenant, ClientProfileId = profile, Platform = AdPlatforms.Meta, AccountId = "120000000001", PageId = "1",
            ProtectedCredentials = [], CreatedAt = now, UpdatedAt = now,
        };
        account.ProtectedCredentials = credentials.Seal(account, new PlatformCredentials("EAAsandbox-bench", null, null, null, null));
        db.Accounts.Add(account);
        var ids = new List<(Guid, string)>();
        for (var i = 0; i < settings.Campaigns; i++)
        {
            var campaign = new Campaign
            {
                Id = Guid.CreateVersion7(), TenantId = tenant, ClientProfileId = profile, Name = $"Bench {i}", Objective = "traffic", Platform = AdPlatforms.Meta,
                Currency = "USD", BudgetKind = BudgetKind.Daily, BudgetMinor = 1_000_000, Status = CampaignStatus.Active,
                StartsAt = new DateTimeOffset(today.AddDays(-settings.Days - 10).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                ExternalCampaignId = (120_230_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture), CreatedAt = now, UpdatedAt = now,
            };
            db.Campaigns.Add(campaign);
            ids.Add((campaign.Id, campaign.ExternalCampaignId));
        }
        await db.SaveChangesAsync();
        return ids;
    }
}
