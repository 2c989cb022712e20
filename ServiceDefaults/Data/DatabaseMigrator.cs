using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdFlux.ServiceDefaults.Data;

/// <summary>
/// At start-up, applies pending migrations (or, with <see cref="DatabaseOptions.ExternalMigrations"/>,
/// waits until the migration step has applied them), retrying with backoff while the database
/// is unreachable; <see cref="DatabaseState{TContext}"/> opens the gate for everything else.
/// </summary>
internal sealed class DatabaseMigrator<TContext>(
    SchemaMigration<TContext> migration,
    DatabaseState<TContext> state,
    IOptions<DatabaseOptions> options,
    TimeProvider clock,
    ILogger<DatabaseMigrator<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(500);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await IsCurrentAsync(stoppingToken))
                {
                    state.MarkMigrated();
                    logger.LogInformation("Database {Database} is migrated", state.DatabaseName);
                    return;
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                state.LastError = ex.GetBaseException().Message;
            }
            logger.LogWarning("Database {Database} not ready ({Error}); retrying in {Delay}", state.DatabaseName, state.LastError, delay);
            await Task.Delay(delay, clock, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }

    private async Task<bool> IsCurrentAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ExternalMigrations)
        {
            await migration.ApplyAsync(cancellationToken);
            return true;
        }
        var pending = await migration.PendingAsync(cancellationToken);
        state.LastError = pending.Count == 0 ? null : $"waiting for the migration step to apply {string.Join(", ", pending)}";
        return pending.Count == 0;
    }
}
