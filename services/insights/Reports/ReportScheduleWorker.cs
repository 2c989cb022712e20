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
    TimeProvider clock, ILogger<ReportScheduleWorker> logger) : LeasedScheduleWorker<InsightsDbContext, Domain.ReportSchedule>(scopes, database, clock, logger)
{
    protected override string Name => "Daily reports";

    protected override (string Table, string Key) Schedule => ("report_schedules", "tenant_id, client_profile_id");

    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override TimeSpan Lease => options.Value.Lease;

    protected override DbSet<Domain.ReportSchedule> Rows(InsightsDbContext db) => db.ReportSchedules;

    protected override Task IdleAsync(CancellationToken cancellationToken) => signal.WaitAsync(options.Value.PollInterval, cancellationToken);

    protected override async Task RunAsync(Domain.ReportSchedule claimed, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = Scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<MessageTenant>().Set(claimed.TenantId);
            var db = scope.ServiceProvider.GetRequiredService<InsightsDbContext>();
            var schedule = await db.ReportSchedules.SingleAsync(s => s.ClientProfileId == claimed.ClientProfileId, stoppingToken);
            var outcome = await scope.ServiceProvider.GetRequiredService<ReportRunner>().RunAsync(schedule, stoppingToken);
            Finish(schedule, outcome.Outcome, outcome.Error);
            await db.SaveChangesAsync(CancellationToken.None);
            Logger.LogInformation("Daily report for client profile {ClientProfileId}: {Outcome}", claimed.ClientProfileId, outcome.Outcome);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            Logger.LogError(ex, "The daily report for client profile {ClientProfileId} failed", claimed.ClientProfileId);
            await using var scope = Scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<MessageTenant>().Set(claimed.TenantId);
            var db = scope.ServiceProvider.GetRequiredService<InsightsDbContext>();
            var schedule = await db.ReportSchedules.SingleAsync(s => s.ClientProfileId == claimed.ClientProfileId, CancellationToken.None);
            Finish(schedule, ReportOutcome.Failed, ex.Message);
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    private void Finish(Domain.ReportSchedule schedule, string outcome, string? error)
    {
        var now = Clock.GetUtcNow();
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
