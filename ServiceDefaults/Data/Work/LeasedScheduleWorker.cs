using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdFlux.ServiceDefaults.Data.Work;

/// <summary>
/// The worker of a schedule table: once the database is migrated it leases one due row at a time
/// (<see cref="ScheduleLease"/>, so each run happens once across instances) and runs it, round
/// after round (<see cref="WorkLoop"/>), resting between rounds when nothing is due. A subclass
/// names the table and runs a claimed row, with the row's tenant.
/// </summary>
public abstract class LeasedScheduleWorker<TContext, TRow>(
    IServiceScopeFactory scopes, DatabaseState<TContext> database, TimeProvider clock, ILogger logger) : BackgroundService
    where TContext : ServiceDbContext
    where TRow : class
{
    private readonly string _owner = $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    protected IServiceScopeFactory Scopes => scopes;

    protected TimeProvider Clock => clock;

    protected ILogger Logger => logger;

    /// <summary>The worker's name in logs.</summary>
    protected abstract string Name { get; }

    /// <summary>The schedule table and its key column(s), comma-separated: constants, never input.</summary>
    protected abstract (string Table, string Key) Schedule { get; }

    protected abstract TimeSpan PollInterval { get; }

    /// <summary>How long a claimed row stays this instance's; a dead worker's lease runs out after it.</summary>
    protected abstract TimeSpan Lease { get; }

    protected abstract DbSet<TRow> Rows(TContext db);

    /// <summary>Runs a claimed row (read as it was claimed, not tracked).</summary>
    protected abstract Task RunAsync(TRow claimed, CancellationToken stoppingToken);

    /// <summary>The rest between rounds when nothing was due: the poll interval, or less when something signals new work.</summary>
    protected virtual Task IdleAsync(CancellationToken cancellationToken) => Task.Delay(PollInterval, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.Migrated.WaitAsync(stoppingToken);
        await WorkLoop.RunAsync(Name, RunNextAsync, IdleAsync, PollInterval, logger, stoppingToken);
    }

    /// <summary>Claims and runs one due row; false when none is due.</summary>
    public async Task<bool> RunNextAsync(CancellationToken stoppingToken)
    {
        TRow? claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await ScheduleLease.ClaimAsync(
                Rows(scope.ServiceProvider.GetRequiredService<TContext>()), Schedule.Table, Schedule.Key, _owner, clock.GetUtcNow(), Lease, stoppingToken);
        }
        if (claimed is null)
        {
            return false;
        }
        await RunAsync(claimed, stoppingToken);
        return true;
    }
}
