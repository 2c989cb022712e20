namespace AdFlux.Video.CutAnalysis;

/// <summary>A place a clip may start or end, how good a place it is (0..1), why, and what kind of place (<see cref="StartTypes"/>).</summary>
public sealed record Boundary(double Time, double Quality, string Why, string Kind = StartTypes.Other);
