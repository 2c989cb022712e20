using AdFlux.ServiceDefaults.Auth;
using AdFlux.Video.Media;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Video.Api;

/// <summary>Seed 001's monitoring views of the caller's tenant, for admins.</summary>
public static class DebugApi
{
    public static IEndpointRouteBuilder MapVideoDebugApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/video/debug").WithTags("Debug").RequireAuthorization(Policies.Admin);
        group.MapGet("/jobs/summary", JobsAsync).WithName("JobsSummary").WithSummary("Jobs per state, retries, mean run time, ffmpeg slots");
        group.MapGet("/clips/summary", ClipsAsync).WithName("ClipsSummary").WithSummary("Clips per platform length with their visual scores");
        return app;
    }

    public static async Task<Ok<JobsSummary>> JobsAsync([AsParameters] VideoRequest request, FfmpegGate gate)
    {
        var jobs = await request.Db.Jobs.AsNoTracking()
            .Select(j => new { j.State, j.Attempts, j.StartedAt, j.FinishedAt })
            .ToListAsync(request.CancellationToken);
        var runs = jobs.Where(j => j.StartedAt is not null && j.FinishedAt is not null).Select(j => (j.FinishedAt!.Value - j.StartedAt!.Value).TotalSeconds).ToList();
        return TypedResults.Ok(new JobsSummary(
            jobs.Count,
            jobs.GroupBy(j => j.State.ToString().ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count()),
            jobs.Count(j => j.Attempts > 1),
            runs.Count > 0 ? Math.Round(runs.Average(), 3) : null,
            jobs.Max(j => j.FinishedAt),
            gate.Running,
            gate.Limit));
    }

    public static async Task<Ok<ClipsSummary>> ClipsAsync([AsParameters] VideoRequest request)
    {
        var clips = await request.Db.Clips.AsNoTracking()
            .Select(c => new { c.VideoId, c.TargetSeconds, c.VisualScore, Duration = c.EndSeconds - c.StartSeconds })
            .ToListAsync(request.CancellationToken);
        var byLength = clips.GroupBy(c => c.TargetSeconds).OrderBy(g => g.Key)
            .Select(g => new ClipLengthSummary(g.Key, g.Count(), Math.Round(g.Average(c => c.VisualScore), 4), g.Max(c => c.VisualScore),
                Math.Round(g.Average(c => c.Duration), 3)))
            .ToList();
        return TypedResults.Ok(new ClipsSummary(clips.Count, clips.Select(c => c.VideoId).Distinct().Count(), byLength));
    }
}
