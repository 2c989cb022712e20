namespace AdFlux.Ads.Studio.Assets;

/// <summary>
/// The licence and credit of a stock image, as Freepik gave them when it was chosen: the resource's
/// id and page, the licence type and document, the author, and the credit line freemium images must carry.
/// </summary>
public sealed record StockAttribution(
    long SourceId,
    string PageUrl,
    string LicenceType,
    string LicenceUrl,
    long AuthorId,
    string AuthorName,
    bool RequiresAttribution,
    string Attribution);
