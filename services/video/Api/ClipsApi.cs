using System.Text.Json;
using AdFlux.Video.CutAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Video.Api;

/// <summary>Clips the cut analysis proposed, their thumbnails, and the analysis behind them.</summary>
public static class ClipsApi
{
    public static IEndpointRouteBuilder MapClipsApi(this IEndpointRouteBuilder app)
    {
        var clips = app.MapGroup("/api/video/clips").WithTags("Clips").RequireAuthorization();
        clips.MapGet("", ListAsync).WithName("ListClips").WithSummary("Clips, best first per video and platform length");
        clips.MapGet("/{id:guid}", GetAsync).WithName("GetClip").WithSummary("One clip with its visual score and reason");
        clips.MapGet("/{id:guid}/thumbnail", ThumbnailAsync).WithName("DownloadClipThumbnail").WithSummary("The clip's best frame (JPEG); honours Range");
        app.MapGet("/api/video/videos/{id:guid}/analysis", AnalysisAsync).WithTags("Videos").RequireAuthorization()
            .WithName("GetVideoAnalysis").WithSummary("Scene cuts, tempo, beats, bar lines, repeated sections, silences and the clip proposals");
        return app;
    }

    public static async Task<Ok<List<ClipResponse>>> ListAsync(Guid? videoId, int? targetSeconds, [AsParameters] VideoRequest request)
    {
        var clips = request.Db.Clips.AsNoTracking();
        if (videoId is { } video)
        {
            clips = clips.Where(c => c.VideoId == video);
        }
        if (targetSeconds is { } target)
        {
            clips = clips.Where(c => c.TargetSeconds == target);
        }
        var rows = await clips.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.TargetSeconds).ThenBy(c => c.Rank).Take(1000).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(rows.Select(ClipResponse.From).ToList());
    }

    public static async Task<Results<Ok<ClipResponse>, NotFound>> GetAsync(Guid id, [AsParameters] VideoRequest request)
    {
        var clip = await request.Db.Clips.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, request.CancellationToken);
        return clip is null ? TypedResults.NotFound() : TypedResults.Ok(ClipResponse.From(clip));
    }

    public static async Task<Results<FileStreamHttpResult, NotFound>> ThumbnailAsync(Guid id, [AsParameters] VideoRequest request)
    {
        var clip = await request.Db.Clips.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, request.CancellationToken);
        if (clip?.ThumbnailKey is not { } key || await request.Storage.OpenDurableAsync(key, request.CancellationToken) is not { } content)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Stream(content, "image/jpeg", enableRangeProcessing: true);
    }

    public static async Task<Results<Ok<AnalysisResult>, NotFound>> AnalysisAsync(Guid id, [AsParameters] VideoRequest request)
    {
        var analysis = await request.Db.Analyses.AsNoTracking().FirstOrDefaultAsync(a => a.VideoId == id, request.CancellationToken);
        return analysis is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(JsonSerializer.Deserialize<AnalysisResult>(analysis.Document, JsonSerializerOptions.Web)!);
    }
}
