namespace AdFlux.Ingest.Platforms;

public sealed record SpotifyArtist(string Id, string Name, long Followers, int Popularity);
