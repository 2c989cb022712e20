using AdFlux.Contracts.Video;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Video.Domain;
using AdFlux.Video.Jobs;
using AdFlux.Video.Variants;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Video.Api;

/// <summary>Platform variants: request a render of a clip, list them, download them (Range supported).</summary>
public static class VariantsApi
{
    public static IEndpointRouteBuilder MapVariantsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/video/clips/{id:guid}/variants", RenderAsync).WithTags("Variants").RequireAuthorization(Policies.Admin)
            .WithName("RenderVariants").WithSummary("Queues a one-pass render of the clip's platform variants; answers the job");
        var group = app.MapGroup("/api/video/variants").WithTags("Variants").RequireAuthorization();
        group.MapGet("", ListAsync).WithName("ListVariants").WithSummary("Variants, by clip");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetVariant").WithSummary("One variant");
        group.MapGet("/{id:guid}/download", DownloadAsync).WithName("DownloadVariant").WithSummary("The variant's MP4; honours Range");
        return app;
    }

    public static async Task<Results<Accepted<JobResponse>, NotFound, ValidationProblem>> RenderAsync(
        Guid id, RenderVariantsBody? body, [AsParameters] VideoRequest request, JobSignal signal)
    {
        var formats = new List<PlatformFormat>();
        foreach (var name in body?.Formats ?? [])
        {
            if (PlatformFormat.Find(name) is not { } format)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["formats"] = [$"'{name}' is not a format; use {string.Join(", ", PlatformFormat.All.Select(f => f.Name))}."],
                });
            }
            formats.Add(format);
        }
        if (body?.Fit is { } fit && fit is not ("crop" or "blur"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["fit"] = ["fit must be 'crop' or 'blur'."] });
        }
        var clip = await request.Db.Clips.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, request.CancellationToken);
        if (clip is null)
        {
            return TypedResults.NotFound();
        }
        var parameters = new RenderRequest(formats.Count > 0 ? formats.Distinct().ToList() : PlatformFormat.All, body?.Fit == "blur").Serialize();
        var now = request.Clock.GetUtcNow();
        var job = await request.Db.Jobs.FirstOrDefaultAsync(j => j.SubjectId == clip.Id && j.Kind == JobKinds.RenderVariants, request.CancellationToken);
        if (job is null)
        {
            job = new VideoJob { Id = Guid.CreateVersion7(), TenantId = clip.TenantId, VideoId = clip.VideoId, SubjectId = clip.Id, Kind = JobKinds.RenderVariants, CreatedAt = now };
            request.Db.Jobs.Add(job);
        }
        else if (!job.IsTerminal)
        {
            return TypedResults.Accepted($"/api/video/jobs/{job.Id}", JobResponse.From(job));
        }
        // A finished render of this clip is run again with the new parameters.
        job.Parameters = parameters;
        job.State = JobState.Pending;
        job.Attempts = 0;
        job.MaxAttempts = request.Options.Value.JobMaxAttempts;
        job.Progress = 0;
        job.Stage = null;
        job.LastError = null;
        job.CancelRequested = false;
        job.StartedAt = null;
        job.FinishedAt = null;
        job.NextAttemptAt = now;
        request.Db.AddEvent(new JobCreated(Guid.NewGuid(), clip.TenantId, now, job.Id, clip.VideoId, job.Kind), request.Clock);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/video/jobs/{job.Id}", JobResponse.From(job));
    }

    public static async Task<Ok<List<VariantResponse>>> ListAsync(Guid? clipId, [AsParameters] VideoRequest request)
    {
        var variants = request.Db.Variants.AsNoTracking();
        if (clipId is { } clip)
        {
            variants = variants.Where(v => v.ClipId == clip);
        }
        var rows = await variants.OrderByDescending(v => v.CreatedAt).ThenBy(v => v.Format).Take(1000).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(rows.Select(VariantResponse.From).ToList());
    }

    public static async Task<Results<Ok<VariantResponse>, NotFound>> GetAsync(Guid id, [AsParameters] VideoRequest request)
    {
        var variant = await request.Db.Variants.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, request.CancellationToken);
        return variant is null ? TypedResults.NotFound() : TypedResults.Ok(VariantResponse.From(variant));
    }

    public static async Task<Results<FileStreamHttpResult, NotFound>> DownloadAsync(Guid id, [AsParameters] VideoRequest request)
    {
        var variant = await request.Db.Variants.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, request.CancellationToken);
        if (variant is null || await request.Storage.OpenDurableAsync(variant.StorageKey, request.CancellationToken) is not { } content)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Stream(content, "video/mp4", $"{variant.ClipId:N}-{variant.Format.Replace(':', 'x')}.mp4", enableRangeProcessing: true);
    }
}
