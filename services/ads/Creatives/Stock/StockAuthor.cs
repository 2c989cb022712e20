namespace AdFlux.Ads.Creatives.Stock;

/// <summary>A resource's <c>author</c>, named in its attribution.</summary>
public sealed record StockAuthor(long Id, string Name, string? Slug, string? Avatar);
