namespace AdFlux.Ads.Api;

/// <summary>What an import stored: the rows of this file, and the client profile's candidates now.</summary>
public sealed record CandidateImportResponse(Guid ClientProfileId, int Imported, int Total);
