namespace AdFlux.Web.Studio;

/// <summary>An asset of a request with its compliance score and the four parts' scores and reasons.</summary>
public sealed record StudioAsset(
    Guid Id, string FileName, string ContentType, int Width, int Height, string? Platform, double Score, IReadOnlyList<CompliancePart> Parts, string Source)
{
    /// <summary>This web app's own path to the image (<c>AssetContentEndpoint</c>), which fetches it through the gateway with the session's token.</summary>
    public string PreviewPath => AssetContentEndpoint.PathOf(Id);
}
