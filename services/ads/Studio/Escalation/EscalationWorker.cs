using AdFlux.Ads.Data;
using AdFlux.Ads.Studio.Workflows;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Data.Work;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.Extensions.Options;

namespace AdFlux.Ads.Studio.Escalation;

/// <summary>
/// Escalates approval steps whose timeout passed without waiting for someone to read the request
/// (reads still check too): claims one overdue request at a time from the database and escalates it as its tenant.
/// </summary>
public sealed class EscalationWorker(
    IServiceScopeFactory scopes, DatabaseState<AdsDbContext> database, IOptions<EscalationOptions> options, TimeProvider clock,
    ILogger<EscalationWorker> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.Migrated.WaitAsync(stoppingToken);
        await WorkLoop.RunAsync("Approval escalation", RunNextAsync, ct => Task.Delay(options.Value.PollInterval, clock, ct), options.Value.PollInterval, logger, stoppingToken);
    }

    /// <summary>Claims and escalates one overdue request; false when none is due.</summary>
    public async Task<bool> RunNextAsync(CancellationToken stoppingToken)
    {
        DueEscalation? due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await EscalationQueue.ClaimAsync(scope.ServiceProvider.GetRequiredService<AdsDbContext>(), _owner, clock.GetUtcNow(), options.Value.Lease, stoppingToken);
        }
        if (due is null)
        {
            return false;
        }
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<MessageTenant>().Set(due.TenantId);
            // The engine on this worker's clock: the claim and the escalation judge "overdue" by the same time.
            await new StepEscalator(scope.ServiceProvider.GetRequiredService<AdsDbContext>(), new ApprovalEngine(clock), logger)
                .EscalateAsync(due.Id, stoppingToken);
        }
        return true;
    }
}
