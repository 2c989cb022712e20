using AdFlux.Video.Data;

namespace AdFlux.Video.Jobs;

/// <summary>Runs one kind of job. Its results are added to <paramref name="db"/> and saved by the worker with the job's success.</summary>
public interface IJobHandler
{
    string Kind { get; }

    Task RunAsync(JobContext context, VideoDbContext db, CancellationToken cancellationToken);
}
