using Microsoft.Extensions.Logging;

namespace AdFlux.ServiceDefaults.Data.Work;

/// <summary>
/// The loop of a database-leased worker: run the next due item until there is none, then wait
/// (<paramref name="idle"/>: a <see cref="WorkSignal"/> or the poll interval); a failed round is
/// logged and retried after the poll interval, so one bad item or a database blip never ends the
/// worker. Returns when <paramref name="stoppingToken"/> is cancelled.
/// </summary>
public static class WorkLoop
{
    public static async Task RunAsync(
        string worker, Func<CancellationToken, Task<bool>> runNext, Func<CancellationToken, Task> idle, TimeSpan pollInterval,
        ILogger logger, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await runNext(stoppingToken))
                {
                    await idle(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "{Worker} loop failed; retrying after the poll interval", worker);
                await Task.Delay(pollInterval, stoppingToken);
            }
        }
    }
}
