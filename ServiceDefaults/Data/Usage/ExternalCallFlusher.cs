using AdFlux.Contracts.Usage;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdFlux.ServiceDefaults.Usage;

/// <summary>
/// Writes the calls <see cref="ExternalCallRecorder"/> buffered to the service's outbox, one
/// <see cref="ExternalApiCallsRecorded"/> per tenant and batch, in a transaction of its own; what a
/// failed write could not save goes back to the buffer, and stopping flushes what is left.
/// </summary>
public sealed class ExternalCallFlusher<TContext>(
    IServiceScopeFactory scopes,
    ExternalCallBuffer buffer,
    DatabaseState<TContext> database,
    IHostEnvironment environment,
    IOptions<UsageOptions> options,
    TimeProvider clock,
    ILogger<ExternalCallFlusher<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    private readonly string _service = ServiceName(environment.ApplicationName);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.Migrated.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.FlushInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            await FlushAsync(stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (database.IsMigrated)
        {
            await FlushAsync(cancellationToken);
        }
    }

    /// <summary>Writes everything buffered now; false when a batch failed and went back to the buffer.</summary>
    public async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        while (buffer.Count > 0)
        {
            var batch = buffer.Take(Math.Max(1, options.Value.BatchSize));
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                foreach (var tenant in batch.GroupBy(c => c.TenantId))
                {
                    db.AddEvent(new ExternalApiCallsRecorded(Guid.CreateVersion7(), tenant.Key, clock.GetUtcNow(), _service, [.. tenant.Select(c => c.Call)]), clock);
                }
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (Exception exception)
            {
                buffer.Return(batch);
                logger.LogWarning(exception, "Could not write {Count} recorded external calls to the outbox; they stay buffered", batch.Count);
                return false;
            }
        }
        return true;
    }

    private static string ServiceName(string applicationName) =>
        (applicationName.StartsWith("AdFlux.", StringComparison.Ordinal) ? applicationName["AdFlux.".Length..] : applicationName).ToLowerInvariant();
}
