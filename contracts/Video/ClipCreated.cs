namespace AdFlux.Contracts.Video;

/// <summary>The cut analysis proposed a clip of a video for one platform length; <c>Score</c> is its visual score in [0,1].</summary>
public sealed record ClipCreated(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid ClipId,
    Guid VideoId,
    double StartSeconds,
    double EndSeconds,
    double Score,
    int? TargetSeconds = null,
    string? Reason = null) : IIntegrationEvent;
