namespace AdFlux.Ingest.Platforms;

public sealed record SpotifyTrack(string Id, string Name, int Popularity);
