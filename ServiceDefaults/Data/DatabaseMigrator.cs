using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdFlux.ServiceDefaults.Data;

/// <summary>Applies pending migrations at start-up, retrying with backoff while the database is unreachable.</summary>
internal sealed class DatabaseMigrator<TContext>(
    IServiceScopeFactory scopes,
    DatabaseState<TContext> state,
    TimeProvider clock,
    ILogger<DatabaseMigrator<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(500);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                // EF reads the history table before creating it and logs the failure as an error on
                // every fresh database (dotnet/efcore#37328); EF's own script creates it first.
                await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), stoppingToken);
                await db.Database.MigrateAsync(stoppingToken);
                state.MarkMigrated();
                logger.LogInformation("Database {Database} is migrated", state.DatabaseName);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                state.LastError = ex.GetBaseException().Message;
                logger.LogWarning("Database {Database} not ready ({Error}); retrying in {Delay}", state.DatabaseName, state.LastError, delay);
                await Task.Delay(delay, clock, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }
}
