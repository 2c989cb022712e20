namespace AdFlux.Video.Rules;

/// <summary>One published clip: what it was (length rule, start type, visual score) and how it did (<see cref="PerformanceMeasure"/>).</summary>
public sealed record ClipPerformance(Guid PublicationId, int ClipSeconds, string StartType, double VisualScore, double ViewsPerHour);
