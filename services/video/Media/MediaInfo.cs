namespace AdFlux.Video.Media;

/// <summary>What ffprobe says about an accepted source.</summary>
public sealed record MediaInfo(
    string Container,
    string VideoCodec,
    string? AudioCodec,
    double DurationSeconds,
    int Width,
    int Height,
    double FramesPerSecond);
