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
    ILogger<MetricsSyncWorker> logger) : LeasedScheduleWorker<AdsDbContext, MetricSync>(scopes, database, clock, logger)
{
    protected override string Name => "Metrics sync";

    protected override (string Table, string Key) Schedule => ("metric_syncs", "campaign_id");

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override TimeSpan Lease => options.Value.Lease;

    protected override DbSet<MetricSync> Rows(AdsDbContext db) => db.MetricSyncs;

    protected override async Task RunAsync(MetricSync claimed, CancellationToken stoppingToken)
    {
        DateTimeOffset next;
        string? error = null;
        var drop = false;
        await using (var scope = Scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<MessageTenant>().Set(claimed.TenantId);
            try
            {
                await scope.ServiceProvider.GetRequiredService<MetricsSyncer>().SyncAsync(claimed.CampaignId, stoppingToken);
                next = Clock.GetUtcNow() + options.Value.Interval;
                var db = scope.ServiceProvider.GetRequiredService<AdsDbContext>();
                var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == claimed.CampaignId, stoppingToken);
                drop = campaign is null || (campaign.Status == CampaignStatus.Completed
                    && campaign.UpdatedAt.AddDays(options.Value.LookbackDays) < Clock.GetUtcNow());
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Logger.LogWarning(ex, "Pulling the figures of campaign {CampaignId} failed", claimed.CampaignId);
                error = ex.Message.Length > 4000 ? ex.Message[..4000] : ex.Message;
                next = Clock.GetUtcNow() + ((ex as PlatformException)?.RetryAfter ?? options.Value.RetryDelay);
            }
        }
        await using (var scope = Scopes.CreateAsyncScope())
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
                row.LastSyncedAt = error is null ? Clock.GetUtcNow() : row.LastSyncedAt;
                row.LeaseOwner = null;
                row.LeaseExpiresAt = null;
            }
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }
}
