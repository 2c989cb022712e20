namespace AdFlux.Video.CutAnalysis;

public sealed record ProposedClip(int TargetSeconds, int Rank, double Start, double End, double VisualScore, string Reason, int? ThumbnailFrame, string StartType = StartTypes.Other);
