namespace AdFlux.Ads.Creatives.Stock;

/// <summary>Where a resource's file can be fetched (<c>GET /v1/resources/{id}/download</c>'s <c>data</c>).</summary>
public sealed record StockDownload(string Filename, Uri Url);
