namespace AdFlux.Ingest.Pulls;

/// <summary>One figure a pull read: an entity's metric on one day (a lifetime count is dated the day it was read).</summary>
public sealed record FigureReading(string EntityType, string EntityId, string Metric, DateOnly Day, double Value);
