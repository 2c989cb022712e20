using AdFlux.Insights.Data;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Data.Work;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Insights.Reports;

/// <summary>
/// Runs due daily reports: leases one schedule, runs it with the schedule's tenant, and saves the
/// report, its event and the schedule's next local run in one transaction. A run that failed is
/// tried again after <see cref="ReportOptions.RetryDelay"/>, never in a loop.
/// </summary>
public sealed class ReportScheduleWorker(
    IServiceScopeFactory scopes, DatabaseState<InsightsDbContext> database, ReportSignal signal, IOptions<ReportOptions> options,
    TimeProvider clock, ILogger<ReportScheduleWorker> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.Migrated.WaitAsync(stoppingToken);
        await WorkLoop.RunAsync("Daily reports", RunNextAsync, ct => signal.WaitAsync(options.Value.PollInterval, ct), options.Value.PollInterval, logger, stoppingToken);
    }

    private async Task<bool> RunNextAsync(CancellationToken stoppingToken)
    {
        Domain.ReportSchedule? claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await ScheduleLease.ClaimAsync(
                scope.ServiceProvider.GetRequiredService<InsightsDbContext>().ReportSchedules, "report_schedules", "tenant_id, client_profile_id", _owner, clock.GetUtcNow(), options.Value.Lease, stoppingToken);
        }
        if (claimed is null)
        {
            return false;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<MessageTenant>().Set(claimed.TenantId);
            var db = scope.ServiceProvider.GetRequiredService<InsightsDbContext>();
            var schedule = await db.ReportSchedules.SingleAsync(s => s.ClientProfileId == claimed.ClientProfileId, stoppingToken);
            var outcome = await scope.ServiceProvider.GetRequiredService<ReportRunner>().RunAsync(schedule, stoppingToken);
            Finish(schedule, outcome.Outcome, outcome.Error);
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogInformation("Daily report for client profile {ClientProfileId}: {Outcome}", claimed.ClientProfileId, outcome.Outcome);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "The daily report for client profile {ClientProfileId} failed", claimed.ClientProfileId);
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<MessageTenant>().Set(claimed.TenantId);
            var db = scope.ServiceProvider.GetRequiredService<InsightsDbContext>();
            var schedule = await db.ReportSchedules.SingleAsync(s => s.ClientProfileId == claimed.ClientProfileId, CancellationToken.None);
            Finish(schedule, ReportOutcome.Failed, ex.Message);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return true;
    }

    private void Finish(Domain.ReportSchedule schedule, string outcome, string? error)
    {
        var now = clock.GetUtcNow();
        schedule.LastRunAt = now;
        schedule.LastOutcome = outcome;
        schedule.LastError = error is { Length: > 4000 } ? error[..4000] : error;
        schedule.NextRunAt = !schedule.Enabled ? Domain.ReportSchedule.Never
            : outcome == ReportOutcome.Failed ? now + options.Value.RetryDelay
            : LocalSchedule.NextAfter(now, TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone), schedule.LocalTime);
        schedule.LeaseOwner = null;
        schedule.LeaseExpiresAt = null;
        schedule.UpdatedAt = now;
    }
}
