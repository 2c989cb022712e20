namespace AdFlux.Video.CutAnalysis;

/// <summary>A stretch of bars that repeats elsewhere in the song (chorus candidates).</summary>
public sealed record ChorusSection(double Start, double End, double Repetition, double Energy);
