using Microsoft.Extensions.Options;

namespace AdFlux.Ledger.Checkpoints;

/// <summary>Runs a checkpoint round every <see cref="CheckpointOptions.Interval"/>; a failed round is logged and the next one tries again.</summary>
public sealed class CheckpointSchedule(IServiceScopeFactory scopes, IOptions<CheckpointOptions> options, TimeProvider clock, ILogger<CheckpointSchedule> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var written = await scope.ServiceProvider.GetRequiredService<CheckpointWriter>().WriteDueAsync(stoppingToken);
                if (written > 0)
                {
                    logger.LogInformation("Signed {Count} ledger checkpoints", written);
                }
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(error, "A ledger checkpoint round failed; the next round retries");
            }
        }
    }
}
