namespace AdFlux.Web.Video;

/// <summary>Video's <c>ClipResponse</c>: a proposed cut for one platform length, ranked by its visual score.</summary>
public sealed record VideoClip(
    Guid Id,
    Guid VideoId,
    int TargetSeconds,
    int Rank,
    double StartSeconds,
    double EndSeconds,
    double DurationSeconds,
    double VisualScore,
    string Reason,
    bool HasThumbnail,
    string StartType);
