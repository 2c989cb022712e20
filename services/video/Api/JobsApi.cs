using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.Video.Domain;
using AdFlux.Video.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Video.Api;

/// <summary>Processing jobs: list, detail, a server-sent-events progress stream, cancel.</summary>
public static class JobsApi
{
    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/video/jobs").WithTags("Jobs").RequireAuthorization();
        group.MapGet("", ListAsync).WithName("ListJobs").WithSummary("The tenant's jobs, newest first; filter by state or video");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetJob").WithSummary("A job's state, progress, attempts, last error and timings");
        group.MapGet("/{id:guid}/events", StreamAsync).WithName("StreamJobProgress")
            .WithSummary("Server-sent events: the job each time its state or progress changes, until it ends");
        group.MapPost("/{id:guid}/cancel", CancelAsync).RequireAuthorization(Policies.Admin).WithName("CancelJob")
            .WithSummary("Cancels a job; a running one has its ffmpeg process stopped");
        return app;
    }

    public static async Task<Results<Ok<List<JobResponse>>, ValidationProblem>> ListAsync(string? state, Guid? videoId, [AsParameters] VideoRequest request)
    {
        var jobs = request.Db.Jobs.AsNoTracking();
        if (state is not null)
        {
            if (!Enum.TryParse<JobState>(state, ignoreCase: true, out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["state"] = [$"state must be one of {string.Join(", ", Enum.GetNames<JobState>().Select(n => n.ToLowerInvariant()))}."],
                });
            }
            jobs = jobs.Where(j => j.State == parsed);
        }
        if (videoId is { } video)
        {
            jobs = jobs.Where(j => j.VideoId == video);
        }
        var rows = await jobs.OrderByDescending(j => j.CreatedAt).Take(500).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(rows.Select(JobResponse.From).ToList());
    }

    public static async Task<Results<Ok<JobResponse>, NotFound>> GetAsync(Guid id, [AsParameters] VideoRequest request)
    {
        var job = await request.Db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, request.CancellationToken);
        return job is null ? TypedResults.NotFound() : TypedResults.Ok(JobResponse.From(job));
    }

    public static async Task<Results<ServerSentEventsResult<JobResponse>, NotFound>> StreamAsync(Guid id, [AsParameters] VideoRequest request)
    {
        if (!await request.Db.Jobs.AnyAsync(j => j.Id == id, request.CancellationToken))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.ServerSentEvents(Watch(request, id, request.CancellationToken));
    }

    public static async Task<Results<Ok<JobResponse>, Accepted<JobResponse>, NotFound>> CancelAsync(
        Guid id, [AsParameters] VideoRequest request, RunningJobs running)
    {
        var job = await request.Db.Jobs.FirstOrDefaultAsync(j => j.Id == id, request.CancellationToken);
        if (job is null)
        {
            return TypedResults.NotFound();
        }
        if (job.IsTerminal)
        {
            return TypedResults.Ok(JobResponse.From(job));
        }
        job.CancelRequested = true;
        if (job.State is JobState.Pending or JobState.Retrying)
        {
            job.State = JobState.Cancelled;
            job.FinishedAt = request.Clock.GetUtcNow();
            job.LastError = "Cancelled on request before it ran.";
        }
        await request.Db.SaveChangesAsync(request.CancellationToken);
        // Stops ffmpeg now if this instance runs the job; another instance's heartbeat sees the flag within a second.
        running.Cancel(job.Id);
        return TypedResults.Accepted($"/api/video/jobs/{job.Id}", JobResponse.From(job));
    }

    private static async IAsyncEnumerable<SseItem<JobResponse>> Watch(VideoRequest request, Guid id, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        JobResponse? last = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var job = await request.Db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
            if (job is null)
            {
                yield break;
            }
            var current = JobResponse.From(job);
            if (last is null || current.State != last.State || current.Progress != last.Progress || current.Stage != last.Stage)
            {
                yield return new SseItem<JobResponse>(current, "progress");
                last = current;
            }
            if (job.IsTerminal)
            {
                yield break;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }
}
