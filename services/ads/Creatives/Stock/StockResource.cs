namespace AdFlux.Ads.Creatives.Stock;

/// <summary>One search hit: its Freepik id, page URL, preview image, licences and author.</summary>
public sealed record StockResource(
    long Id,
    string Title,
    string PageUrl,
    string? Filename,
    string? ContentType,
    string? Orientation,
    string PreviewUrl,
    string? PreviewSize,
    IReadOnlyList<StockLicence> Licences,
    StockAuthor Author)
{
    /// <summary>Freemium resources must credit their author (https://www.freepik.com/legal/terms-of-use); premium ones need not.</summary>
    public bool RequiresAttribution => !Licences.Any(l => l.Type == "premium");

    /// <summary>The credit line Freepik asks for: "Image by {author} on Freepik", with the resource's page.</summary>
    public string Attribution => $"Image by {Author.Name} on Freepik ({PageUrl})";
}
