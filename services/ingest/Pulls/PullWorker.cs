using AdFlux.Ingest.Data;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Data.Work;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Ingest.Pulls;

/// <summary>
/// Runs due pull schedules, one at a time per instance, each leased in the database so it runs once
/// across instances. After a run the schedule moves to its next cron occurrence; after a failure it
/// backs off exponentially (at least the platform's Retry-After); after a refused credential it waits
/// for a new one. A failing source delays only its own schedule.
/// </summary>
public sealed class PullWorker(
    IServiceScopeFactory scopes, DatabaseState<IngestDbContext> database, PullSignal signal, IOptions<PullOptions> options, TimeProvider clock,
    ILogger<PullWorker> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.Migrated.WaitAsync(stoppingToken);
        await WorkLoop.RunAsync("Pull schedules", RunNextAsync, ct => signal.WaitAsync(options.Value.PollInterval, ct), options.Value.PollInterval, logger, stoppingToken);
    }

    /// <summary>Claims and runs one due schedule; false when none is due.</summary>
    public async Task<bool> RunNextAsync(CancellationToken stoppingToken)
    {
        Domain.PullSchedule? claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await ScheduleLease.ClaimAsync(
                scope.ServiceProvider.GetRequiredService<IngestDbContext>().PullSchedules, "pull_schedules", "id", _owner, clock.GetUtcNow(), options.Value.Lease, stoppingToken);
        }
        if (claimed is null)
        {
            return false;
        }
        PullResult result;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<MessageTenant>().Set(claimed.TenantId);
            try
            {
                result = await scope.ServiceProvider.GetRequiredService<PullRunner>().RunAsync(claimed, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Pull schedule {ScheduleId} failed", claimed.Id);
                result = new PullResult(PullOutcomes.Failed, ex.Message);
            }
        }
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<MessageTenant>().Set(claimed.TenantId);
            var db = scope.ServiceProvider.GetRequiredService<IngestDbContext>();
            var row = await db.PullSchedules.FirstOrDefaultAsync(s => s.Id == claimed.Id, CancellationToken.None);
            if (row is null)
            {
                return true;
            }
            var now = clock.GetUtcNow();
            row.LastRunAt = now;
            row.LastOutcome = result.Outcome;
            row.LastError = result.Error is { Length: > 2000 } long_ ? long_[..2000] : result.Error;
            row.ConsecutiveFailures = result.Outcome switch
            {
                PullOutcomes.Succeeded => 0,
                PullOutcomes.Failed => row.ConsecutiveFailures + 1,
                _ => row.ConsecutiveFailures,
            };
            var planned = result.Outcome switch
            {
                _ when !row.Enabled => null,
                PullOutcomes.Succeeded => CronSchedule.Parse(row.Cron, row.TimeZone).NextAfter(now),
                PullOutcomes.Failed => now + Backoff.After(row.ConsecutiveFailures, options.Value.BackoffBase, options.Value.BackoffMax, result.RetryAfter),
                _ => (DateTimeOffset?)null,
            };
            // A pull-now or a schedule edit made while this pull ran moved the next run; that request wins
            // over the time this run would set (unless the schedule was disabled or its credential refused).
            var movedMeanwhile = row.NextRunAt != claimed.NextRunAt;
            row.NextRunAt = movedMeanwhile && planned is not null ? row.NextRunAt : planned;
            row.LeaseOwner = null;
            row.LeaseExpiresAt = null;
            row.UpdatedAt = now;
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return true;
    }
}
