using AdFlux.Video.Domain;

namespace AdFlux.Video.Api;

public sealed record JobResponse(
    Guid Id,
    Guid VideoId,
    string Kind,
    string State,
    string? Stage,
    double Progress,
    int Attempts,
    int MaxAttempts,
    string? LastError,
    bool CancelRequested,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    double? DurationSeconds)
{
    public static JobResponse From(VideoJob j) => new(
        j.Id, j.VideoId, j.Kind, j.State.ToString().ToLowerInvariant(), j.Stage, j.Progress, j.Attempts, j.MaxAttempts, j.LastError,
        j.CancelRequested, j.CreatedAt, j.StartedAt, j.FinishedAt,
        j.StartedAt is { } s && j.FinishedAt is { } f ? Math.Round((f - s).TotalSeconds, 3) : null);
}
