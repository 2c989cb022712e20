using AdFlux.Video.Data;
using AdFlux.Video.Storage;
using Microsoft.Extensions.Options;

namespace AdFlux.Video.Api;

/// <summary>What most video endpoints need, bundled for <c>[AsParameters]</c>.</summary>
public sealed record VideoRequest(
    VideoDbContext Db,
    IMediaStorage Storage,
    IOptions<VideoOptions> Options,
    TimeProvider Clock,
    HttpContext HttpContext,
    CancellationToken CancellationToken);
