namespace AdFlux.Ads.Creatives.Variants;

/// <summary>
/// The multipart form of <c>POST /api/ads/creatives/variants</c>: the <c>image</c> file, <c>formats</c>
/// (comma-separated names or sizes; all three when absent) and <c>regions</c> (a JSON array of boxes to keep).
/// </summary>
public sealed record VariantsForm(IFormFile Image, string? Formats, string? Regions);
