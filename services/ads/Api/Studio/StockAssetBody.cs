namespace AdFlux.Ads.Api.Studio;

/// <summary>A Freepik resource chosen from a search (its id), optionally for one of the request's platforms.</summary>
public sealed record StockAssetBody(long? FreepikId, string? Platform);
