namespace AdFlux.Video.Api;

public sealed record ClipLengthSummary(int TargetSeconds, int Clips, double MeanVisualScore, double MaxVisualScore, double MeanDurationSeconds);
