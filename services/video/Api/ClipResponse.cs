using AdFlux.Video.Domain;

namespace AdFlux.Video.Api;

public sealed record ClipResponse(
    Guid Id,
    Guid VideoId,
    Guid JobId,
    int TargetSeconds,
    int Rank,
    double StartSeconds,
    double EndSeconds,
    double DurationSeconds,
    double VisualScore,
    string Reason,
    bool HasThumbnail,
    DateTimeOffset CreatedAt,
    string StartType)
{
    public static ClipResponse From(Clip c) => new(
        c.Id, c.VideoId, c.JobId, c.TargetSeconds, c.Rank, c.StartSeconds, c.EndSeconds, Math.Round(c.EndSeconds - c.StartSeconds, 3),
        c.VisualScore, c.Reason, c.ThumbnailKey is not null, c.CreatedAt, c.StartType);
}
