namespace AdFlux.Web.Video;

/// <summary>Video's <c>JobResponse</c>: a processing job (cut analysis, variant render) with its progress in percent.</summary>
public sealed record VideoJob(
    Guid Id,
    Guid VideoId,
    string Kind,
    string State,
    string? Stage,
    double Progress,
    string? LastError,
    bool CancelRequested,
    DateTimeOffset CreatedAt)
{
    /// <summary>Video's terminal states: no progress event follows them.</summary>
    public bool IsFinished => State is "succeeded" or "failed" or "cancelled";
}
