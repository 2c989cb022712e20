using AdFlux.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdFlux.ServiceDefaults.Usage;

/// <summary>
/// Loads the hard stops in force from the service's <c>usage_hard_stops</c> table into
/// <see cref="UsageHardStops"/> at start and periodically: only one instance consumes each budget event,
/// and the others learn of it here. A service whose model has no such table has nothing to load.
/// </summary>
public sealed class UsageHardStopRefresher<TContext>(
    IServiceScopeFactory scopes, UsageHardStops stops, DatabaseState<TContext> database, IOptions<UsageOptions> options, TimeProvider clock,
    ILogger<UsageHardStopRefresher<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.Migrated.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                if (db.Model.FindEntityType(typeof(UsageHardStopRecord)) is null)
                {
                    return;
                }
                var now = clock.GetUtcNow();
                var inForce = await db.Set<UsageHardStopRecord>().IgnoreQueryFilters().AsNoTracking().Where(s => s.Until > now).ToListAsync(stoppingToken);
                stops.Reload(inForce.Select(s => s.ToStop()));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not reload the usage hard stops; the ones held stay in force");
            }
            try
            {
                await Task.Delay(options.Value.HardStopRefreshInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
