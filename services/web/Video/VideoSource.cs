namespace AdFlux.Web.Video;

/// <summary>Video's <c>VideoResponse</c>: an uploaded source video, probed.</summary>
public sealed record VideoSource(
    Guid Id,
    Guid? ClientProfileId,
    string FileName,
    long SizeBytes,
    double DurationSeconds,
    int Width,
    int Height,
    DateTimeOffset CreatedAt,
    bool Duplicate);
