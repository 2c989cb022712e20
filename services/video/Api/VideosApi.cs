using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Video.Api;

/// <summary>The tenant's source videos and their bytes (HTTP range requests supported).</summary>
public static class VideosApi
{
    public static IEndpointRouteBuilder MapVideosApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/video/videos").WithTags("Videos").RequireAuthorization();
        group.MapGet("", ListAsync).WithName("ListVideos").WithSummary("The tenant's videos, newest first");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetVideo").WithSummary("One video's probed metadata");
        group.MapGet("/{id:guid}/source", DownloadAsync).WithName("DownloadVideo").WithSummary("The source file; honours Range");
        return app;
    }

    public static async Task<Ok<List<VideoResponse>>> ListAsync([AsParameters] VideoRequest request)
    {
        var videos = await request.Db.Videos.AsNoTracking().OrderByDescending(v => v.CreatedAt).Take(500).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(videos.Select(v => VideoResponse.From(v)).ToList());
    }

    public static async Task<Results<Ok<VideoResponse>, NotFound>> GetAsync(Guid id, [AsParameters] VideoRequest request)
    {
        var video = await request.Db.Videos.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, request.CancellationToken);
        return video is null ? TypedResults.NotFound() : TypedResults.Ok(VideoResponse.From(video));
    }

    public static async Task<Results<FileStreamHttpResult, NotFound>> DownloadAsync(Guid id, [AsParameters] VideoRequest request)
    {
        var video = await request.Db.Videos.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, request.CancellationToken);
        if (video is null || await request.Storage.OpenDurableAsync(video.StorageKey, request.CancellationToken) is not { } content)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Stream(content, "video/mp4", video.FileName, enableRangeProcessing: true);
    }
}
