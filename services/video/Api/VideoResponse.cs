using AdFlux.Video.Domain;

namespace AdFlux.Video.Api;

public sealed record VideoResponse(
    Guid Id,
    Guid? ClientProfileId,
    string FileName,
    string ContentType,
    long SizeBytes,
    string Sha256,
    string Container,
    string VideoCodec,
    string? AudioCodec,
    double DurationSeconds,
    int Width,
    int Height,
    double FramesPerSecond,
    DateTimeOffset CreatedAt,
    bool Duplicate)
{
    public static VideoResponse From(VideoAsset v, bool duplicate = false) => new(
        v.Id, v.ClientProfileId, v.FileName, v.ContentType, v.SizeBytes, v.Sha256, v.Container, v.VideoCodec, v.AudioCodec,
        v.DurationSeconds, v.Width, v.Height, v.FramesPerSecond, v.CreatedAt, duplicate);
}
