namespace AdFlux.Ingest.Platforms;

/// <summary>A channel's or video's lifetime statistics from YouTube Data API v3 (counts arrive as strings there).</summary>
public sealed record YouTubeStatistics(string Id, IReadOnlyDictionary<string, double> Counts);
