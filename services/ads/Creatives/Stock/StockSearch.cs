namespace AdFlux.Ads.Creatives.Stock;

/// <summary>
/// A Freepik search: <c>term</c>, 1-based <c>page</c> (at most 100), <c>limit</c> per page, and
/// filters sent as <c>filters[orientation][landscape]=1</c>, <c>filters[content_type][photo]=1</c>,
/// <c>filters[license][freemium]=1</c> (several values of one group widen it).
/// </summary>
public sealed record StockSearch(
    string Term,
    int Page = 1,
    int Limit = 20,
    IReadOnlyList<string>? Orientations = null,
    IReadOnlyList<string>? ContentTypes = null,
    IReadOnlyList<string>? Licences = null);
