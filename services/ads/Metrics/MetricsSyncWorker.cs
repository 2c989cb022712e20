using AdFlux.Ads.Data;
using AdFlux.Ads.Domain;
using AdFlux.Ads.Platforms;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Data.Work;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Ads.Metrics;

/// <summary>
/// Pulls published campaigns' figures on their schedule. A campaign that ended is pulled until
/// its last day left the lookback window (restatements included), then its schedule is dropped.
/// </summary>
public sealed class MetricsSyncWorker(
    IServiceScopeFactory scopes, DatabaseState<AdsDbContext> database, IOptions<MetricsOptions> options, TimeProvider clock,
    ILogger<MetricsSyncWorker> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.Migrated.WaitAsync(stoppingToken);
        await WorkLoop.RunAsync("Metrics sync", RunNextAsync, ct => Task.Delay(options.Value.PollInterval, ct), options.Value.PollInterval, logger, stoppingToken);
    }

    private async Task<bool> RunNextAsync(CancellationToken stoppingToken)
    {
        MetricSync? claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await ScheduleLease.ClaimAsync(
                scope.ServiceProvider.GetRequiredService<AdsDbContext>().MetricSyncs, "metric_syncs", "campaign_id", _owner, clock.GetUtcNow(), options.Value.Lease, stoppingToken);
        }
        if (claimed is null)
        {
            return false;
        }
        DateTimeOffset next;
        string? error = null;
        var drop = false;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<MessageTenant>().Set(claimed.TenantId);
            try
            {
                await scope.ServiceProvider.GetRequiredService<MetricsSyncer>().SyncAsync(claimed.CampaignId, stoppingToken);
                next = clock.GetUtcNow() + options.Value.Interval;
                var db = scope.ServiceProvider.GetRequiredService<AdsDbContext>();
                var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == claimed.CampaignId, stoppingToken);
                drop = campaign is null || (campaign.Status == CampaignStatus.Completed
                    && campaign.UpdatedAt.AddDays(options.Value.LookbackDays) < clock.GetUtcNow());
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Pulling the figures of campaign {CampaignId} failed", claimed.CampaignId);
                error = ex.Message.Length > 4000 ? ex.Message[..4000] : ex.Message;
                next = clock.GetUtcNow() + ((ex as PlatformException)?.RetryAfter ?? options.Value.RetryDelay);
            }
        }
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AdsDbContext>();
            var row = await db.MetricSyncs.FirstAsync(s => s.CampaignId == claimed.CampaignId, CancellationToken.None);
            if (drop)
            {
                db.MetricSyncs.Remove(row);
            }
            else
            {
                row.NextRunAt = next;
                row.LastError = error;
                row.LastSyncedAt = error is null ? clock.GetUtcNow() : row.LastSyncedAt;
                row.LeaseOwner = null;
                row.LeaseExpiresAt = null;
            }
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return true;
    }
}
