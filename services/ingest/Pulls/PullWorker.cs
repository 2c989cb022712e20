using AdFlux.Ingest.Data;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Data.Work;
using AdFlux.ServiceDefaults.Tenancy;
using AdFlux.ServiceDefaults.Usage;
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
    ILogger<PullWorker> logger) : LeasedScheduleWorker<IngestDbContext, Domain.PullSchedule>(scopes, database, clock, logger)
{
    protected override string Name => "Pull schedules";

    protected override (string Table, string Key) Schedule => ("pull_schedules", "id");

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    /// <summary>When a pull refused by an exhausted usage budget is tried again (refused locally, with no provider call, until the budget is raised or the month ends).</summary>
    public static readonly TimeSpan UsageBudgetRetry = TimeSpan.FromHours(1);

    protected override TimeSpan Lease => options.Value.Lease;

    protected override DbSet<Domain.PullSchedule> Rows(IngestDbContext db) => db.PullSchedules;

    protected override Task IdleAsync(CancellationToken cancellationToken) => signal.WaitAsync(options.Value.PollInterval, cancellationToken);

    protected override async Task RunAsync(Domain.PullSchedule claimed, CancellationToken stoppingToken)
    {
        PullResult result;
        await using (var scope = Scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<MessageTenant>().Set(claimed.TenantId);
            try
            {
                result = await scope.ServiceProvider.GetRequiredService<PullRunner>().RunAsync(claimed, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                Logger.LogWarning(ex, "Pull schedule {ScheduleId} failed", claimed.Id);
                // Refused by the tenant's exhausted usage budget: no point trying again before someone raises it.
                result = new PullResult(PullOutcomes.Failed, ex.Message, ex is UsageBudgetExhaustedException ? UsageBudgetRetry : null);
            }
        }
        await using (var scope = Scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<MessageTenant>().Set(claimed.TenantId);
            var db = scope.ServiceProvider.GetRequiredService<IngestDbContext>();
            var row = await db.PullSchedules.FirstOrDefaultAsync(s => s.Id == claimed.Id, CancellationToken.None);
            if (row is null)
            {
                return;
            }
            var now = Clock.GetUtcNow();
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
    }
}
