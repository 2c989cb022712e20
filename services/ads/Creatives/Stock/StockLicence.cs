namespace AdFlux.Ads.Creatives.Stock;

/// <summary>One of a resource's <c>licenses</c>: <c>freemium</c> or <c>premium</c>, with the licence document's URL.</summary>
public sealed record StockLicence(string Type, string Url);
