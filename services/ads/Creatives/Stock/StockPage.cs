namespace AdFlux.Ads.Creatives.Stock;

/// <summary>One page of a search, with Freepik's <c>meta</c> paging figures.</summary>
public sealed record StockPage(IReadOnlyList<StockResource> Resources, int Page, int PerPage, int LastPage, int Total);
