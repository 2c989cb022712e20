namespace AdFlux.Video.Api;

/// <summary>Seed 001's <c>/debug/jobs/summary</c>: jobs per state, retries, mean run time, and this instance's ffmpeg use.</summary>
public sealed record JobsSummary(
    int Total,
    IReadOnlyDictionary<string, int> ByState,
    int Retried,
    double? MeanRunSeconds,
    DateTimeOffset? LastFinishedAt,
    int FfmpegRunning,
    int FfmpegLimit);
