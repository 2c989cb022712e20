namespace AdFlux.Video.CutAnalysis;

public sealed record SilenceSpan(double Start, double End);
