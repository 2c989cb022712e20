namespace AdFlux.Contracts.Video;

/// <summary>A source video was accepted: ffprobe validated it and it is stored under its content hash for the tenant.</summary>
public sealed record VideoUploaded(
    Guid EventId,
    Guid TenantId,
    DateTimeOffset OccurredAt,
    Guid VideoId,
    Guid? ClientProfileId,
    string FileName,
    long SizeBytes,
    double DurationSeconds,
    string? Sha256 = null,
    int? Width = null,
    int? Height = null) : IIntegrationEvent;
