using AdFlux.Contracts.Video;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Data.Work;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Video.Data;
using AdFlux.Video.Domain;
using AdFlux.Video.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Video.Jobs;

/// <summary>
/// Runs leased jobs, as many at once as ffmpeg may run. While a job runs, a heartbeat renews its
/// lease, stores its progress and notices a cancel request (which kills ffmpeg through the
/// job's token). A failure is retried with exponential backoff, then the job fails with
/// ffmpeg's last lines; results and the job's success commit together.
/// </summary>
public sealed class JobWorker(
    IServiceScopeFactory scopes, IEnumerable<IJobHandler> handlers, JobSignal signal, RunningJobs running,
    DatabaseState<VideoDbContext> database, IOptions<VideoOptions> options, TimeProvider clock, ILogger<JobWorker> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
    private readonly Dictionary<string, IJobHandler> _handlers = handlers.ToDictionary(h => h.Kind);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await database.Migrated.WaitAsync(stoppingToken);
        await Task.WhenAll(Enumerable.Range(0, options.Value.MaxConcurrentFfmpeg).Select(_ => LoopAsync(stoppingToken)));
    }

    private Task LoopAsync(CancellationToken stoppingToken) => WorkLoop.RunAsync(
        "Job worker", RunNextAsync, ct => signal.WaitAsync(options.Value.JobPollInterval, ct), options.Value.JobPollInterval, logger, stoppingToken);

    private async Task<bool> RunNextAsync(CancellationToken stoppingToken)
    {
        VideoJob? job;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VideoDbContext>();
            job = await JobQueue.ClaimAsync(db, _owner, clock.GetUtcNow(), options.Value.JobLease, stoppingToken);
            if (job is null)
            {
                return false;
            }
            db.AddEvent(new JobStarted(Guid.NewGuid(), job.TenantId, clock.GetUtcNow(), job.Id), clock);
            await db.SaveChangesAsync(stoppingToken);
        }
        if (job.Attempts > job.MaxAttempts)
        {
            await FinishAsync(job.Id, JobState.Failed, $"Gave up after {job.MaxAttempts} attempts; the last worker stopped without finishing.", null);
            return true;
        }

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var context = new JobContext(job);
        running.Add(job.Id, cancellation);
        using var heartbeatStop = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(context, cancellation, heartbeatStop.Token);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VideoDbContext>();
            var handler = _handlers.GetValueOrDefault(job.Kind) ?? throw new InvalidOperationException($"No handler for job kind '{job.Kind}'.");
            await handler.RunAsync(context, db, cancellation.Token);
            await heartbeatStop.CancelAsync();
            await heartbeat;
            var row = await db.Jobs.IgnoreQueryFilters().FirstAsync(j => j.Id == job.Id, CancellationToken.None);
            Finish(row, JobState.Succeeded, null);
            db.AddEvent(new JobCompleted(Guid.NewGuid(), row.TenantId, clock.GetUtcNow(), row.Id), clock);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is OperationCanceledException && stoppingToken.IsCancellationRequested)
        {
            // Shutting down: hand the job back for another worker (or this one after a restart).
            await ReleaseAsync(job.Id);
        }
        catch (Exception ex)
        {
            await heartbeatStop.CancelAsync();
            await heartbeat;
            if (ex is OperationCanceledException && await CancelRequestedAsync(job.Id))
            {
                await FinishAsync(job.Id, JobState.Cancelled, "Cancelled on request; ffmpeg was stopped.", null);
            }
            else
            {
                await FailAsync(job, ex);
            }
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            running.Remove(job.Id);
        }
        return true;
    }

    private async Task HeartbeatAsync(JobContext context, CancellationTokenSource job, CancellationToken stop)
    {
        var interval = TimeSpan.FromTicks(Math.Min(options.Value.JobLease.Ticks / 3, TimeSpan.FromSeconds(1).Ticks));
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(interval, stop);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<VideoDbContext>();
                var alive = await JobQueue.HeartbeatAsync(db, context.Job.Id, _owner, clock.GetUtcNow() + options.Value.JobLease,
                    context.Stage, Math.Round(context.Progress, 1), stop);
                if (!alive)
                {
                    await job.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The job ended.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Heartbeat of job {JobId} failed", context.Job.Id);
        }
    }

    private async Task FailAsync(VideoJob job, Exception error)
    {
        var message = error.Message.Length > 4000 ? error.Message[..4000] : error.Message;
        if (job.Attempts < job.MaxAttempts)
        {
            var delay = options.Value.JobRetryDelay * Math.Pow(2, job.Attempts - 1);
            logger.LogWarning(error, "Job {JobId} attempt {Attempt} failed; retrying in {Delay}", job.Id, job.Attempts, delay);
            await UpdateAsync(job.Id, row =>
            {
                row.State = JobState.Retrying;
                row.LastError = message;
                row.NextAttemptAt = clock.GetUtcNow() + delay;
                row.LeaseOwner = null;
                row.LeaseExpiresAt = null;
            });
        }
        else
        {
            logger.LogError(error, "Job {JobId} failed after {Attempts} attempts", job.Id, job.Attempts);
            await FinishAsync(job.Id, JobState.Failed, message, message);
        }
    }

    private Task FinishAsync(Guid jobId, JobState state, string? error, string? failedEvent) => UpdateAsync(jobId, (row, db) =>
    {
        Finish(row, state, error);
        if (state is JobState.Failed or JobState.Cancelled)
        {
            db.AddEvent(new JobFailed(Guid.NewGuid(), row.TenantId, clock.GetUtcNow(), row.Id, failedEvent ?? error ?? state.ToString()), clock);
        }
    });

    private void Finish(VideoJob row, JobState state, string? error)
    {
        row.State = state;
        row.FinishedAt = clock.GetUtcNow();
        row.LeaseOwner = null;
        row.LeaseExpiresAt = null;
        if (state == JobState.Succeeded)
        {
            row.Progress = 100;
            row.Stage = "done";
        }
        if (error is not null)
        {
            row.LastError = error;
        }
    }

    private Task ReleaseAsync(Guid jobId) => UpdateAsync(jobId, row =>
    {
        row.State = JobState.Retrying;
        row.NextAttemptAt = clock.GetUtcNow();
        row.LeaseOwner = null;
        row.LeaseExpiresAt = null;
    });

    private async Task<bool> CancelRequestedAsync(Guid jobId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VideoDbContext>();
        return await db.Jobs.IgnoreQueryFilters().Where(j => j.Id == jobId).Select(j => j.CancelRequested).FirstAsync();
    }

    private Task UpdateAsync(Guid jobId, Action<VideoJob> change) => UpdateAsync(jobId, (row, _) => change(row));

    private async Task UpdateAsync(Guid jobId, Action<VideoJob, VideoDbContext> change)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VideoDbContext>();
        var row = await db.Jobs.IgnoreQueryFilters().FirstAsync(j => j.Id == jobId);
        change(row, db);
        await db.SaveChangesAsync();
    }
}
